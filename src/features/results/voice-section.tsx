import type { AnswersByIndicator } from '../../core/audit';
import { AGREE_SCALE } from '../../core/questionnaires';
import { formatScore, levelNameForScore } from '../../core/score-display';
import type { Toolkit } from '../../core/toolkit-schema';
import { describeComparisonRule, describeDifference } from '../../core/voice-difference';
import { describeShare, summariseVoice, VOICE_RULE, voiceHeading, type QuestionnaireVoice, type SectionVoice } from '../../core/voice-summary';
import { useVoiceAnswers } from '../../hooks/voice-hooks';

const WHO: Record<QuestionnaireVoice['audience'], string> = { families: 'Families', pupils: 'Pupils', staff: 'Staff' };

function SectionRow({ section, voice, toolkit }: { section: SectionVoice; voice: QuestionnaireVoice; toolkit: Toolkit }) {
  const levelName = levelNameForScore(toolkit.scale.levels, section.score);
  const flag = describeDifference(voice.audience, section.difference);
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {section.title}
      </th>
      <td className="govuk-table__cell">{section.share ? describeShare(section.share, 'answers') : section.hiddenReason}</td>
      <td className="govuk-table__cell">
        {formatScore(section.score)}
        {levelName && ` (${levelName})`}
      </td>
      <td className="govuk-table__cell">{flag ? <strong>{flag}</strong> : section.difference === 'similar' ? 'No large difference' : 'Cannot compare yet'}</td>
    </tr>
  );
}

function StatementsTable({ voice }: { voice: QuestionnaireVoice }) {
  return (
    <details className="govuk-details">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Answers to each statement</span>
      </summary>
      <div className="govuk-details__text app-scores-table-box">
        <table className="govuk-table app-scores-table">
          <caption className="govuk-visually-hidden">{voice.title}: answers to each statement</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Statement
              </th>
              {AGREE_SCALE.map((answer) => (
                <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={answer}>
                  {answer}
                </th>
              ))}
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Share agreeing
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {voice.statements.map((statement) => (
              <tr className="govuk-table__row" key={statement.statementId}>
                <th scope="row" className="govuk-table__header">
                  {statement.text}
                </th>
                {statement.counts ? (
                  <>
                    {statement.counts.map((count, index) => (
                      <td className="govuk-table__cell govuk-table__cell--numeric" key={AGREE_SCALE[index]}>
                        {count}
                      </td>
                    ))}
                    <td className="govuk-table__cell govuk-table__cell--numeric">{statement.share!.agreePercent}%</td>
                  </>
                ) : (
                  <td className="govuk-table__cell" colSpan={AGREE_SCALE.length + 1}>
                    {statement.hiddenReason}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function QuestionnaireResult({ voice, toolkit }: { voice: QuestionnaireVoice; toolkit: Toolkit }) {
  const headingId = `voice-${voice.questionnaireId}-heading`;
  return (
    <section aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        {voice.title}
      </h3>
      {!voice.isShown ? (
        <p className="govuk-body">{voice.answerSets === 0 ? 'Nobody has answered yet.' : voice.hiddenReason}</p>
      ) : (
        <>
          <p className="govuk-body">
            {voice.answerSets} people answered. Each section shows the share of answers to its statements that agreed, beside the
            self-evaluation’s score for it.
          </p>
          <div className="app-scores-table-box">
            <table className="govuk-table app-scores-table">
              <caption className="govuk-visually-hidden">{voice.title}: each section beside the self-evaluation</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">
                    Section
                  </th>
                  <th scope="col" className="govuk-table__header">
                    {WHO[voice.audience]}
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Self-evaluation score
                  </th>
                  <th scope="col" className="govuk-table__header">
                    Difference
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {voice.sections.map((section) => (
                  <SectionRow key={section.domainId} section={section} voice={voice} toolkit={toolkit} />
                ))}
              </tbody>
            </table>
          </div>
          <StatementsTable voice={voice} />
        </>
      )}
    </section>
  );
}

/**
 * What families and pupils said at the kiosk, per questionnaire and
 * section, beside the self-evaluation's own scores, with the rule that keeps
 * small groups hidden. Nothing at all for a toolkit without questionnaires.
 */
export function VoiceSection({ auditId, toolkit, answers }: { auditId: string; toolkit: Toolkit; answers: AnswersByIndicator }) {
  const answerSets = useVoiceAnswers(auditId);
  if (!toolkit.questionnaires?.length || !answerSets) return null;
  const voices = summariseVoice(toolkit, answerSets, answers);
  return (
    <section className="app-voice" aria-labelledby="voice-heading">
      <h2 className="govuk-heading-m" id="voice-heading">
        {voiceHeading(voices)}
      </h2>
      <p className="govuk-body">{VOICE_RULE}</p>
      {voices.some((voice) => voice.isShown) && <p className="govuk-body">{describeComparisonRule(toolkit.scale.levels)}</p>}
      {voices.map((voice) => (
        <QuestionnaireResult key={voice.questionnaireId} voice={voice} toolkit={toolkit} />
      ))}
    </section>
  );
}
