/**
 * What families and pupils said at the kiosk, summed up per questionnaire,
 * per statement and per section, and set beside the self-evaluation's own
 * score for each section. The results page and the PDF both read this, so
 * they show the same numbers and hide the same things.
 *
 * A view is "agree" (strongly agree or agree) or "disagree" (disagree or
 * strongly disagree); "Don't know" is counted but is not a view, so shares
 * are of those who gave one.
 *
 * Anonymity (MIN_GROUP_SIZE, three):
 * - a questionnaire fewer than three people answered shows only that count;
 * - a statement shows its answers only when three or more gave a view on it:
 *   with one agree and three "Don't know", the one agree is one person's;
 * - a section pools only its statements that are shown, so that a hidden
 *   statement's answers cannot be found by taking the shown ones from the
 *   section's total.
 */
import type { AnswersByIndicator } from './audit';
import { MIN_GROUP_SIZE } from './combine-responses';
import { AGREE_SCALE } from './questionnaires';
import { scoreAudit } from './score-audit';
import { roundScore } from './score-display';
import type { VoiceAnswerSet } from './team';
import type { Questionnaire, Toolkit } from './toolkit-schema';
import { validAnswers } from './voice-answers';
import { compareWithSelfEvaluation, scorePosition, type VoiceDifference } from './voice-difference';

/** Indexes on AGREE_SCALE. */
const AGREEING = [0, 1];
const DISAGREEING = [2, 3];
const DONT_KNOW = 4;

export interface VoiceShare {
  /** People who agreed or disagreed (for a section: answers, pooled over its shown statements). */
  views: number;
  agreeing: number;
  disagreeing: number;
  dontKnow: number;
  /** Whole percentages of the views; they always add up to 100. */
  agreePercent: number;
  disagreePercent: number;
}

export interface StatementVoice {
  statementId: string;
  text: string;
  domainIds: readonly string[];
  /** Answer sets that answered it at all, "Don't know" included. */
  answered: number;
  isShown: boolean;
  /** How many chose each answer, in AGREE_SCALE's order; null when not shown. */
  counts: number[] | null;
  share: VoiceShare | null;
  /** Why it is not shown, or null. */
  hiddenReason: string | null;
}

export interface SectionVoice {
  domainId: string;
  title: string;
  /** The questionnaire's statements that inform this section, shown or not. */
  statementIds: string[];
  isShown: boolean;
  /** Pooled over the section's shown statements; null when none is shown. */
  share: VoiceShare | null;
  hiddenReason: string | null;
  /** The self-evaluation's score for the section (the team's, or the lead's), null when not rated. */
  score: number | null;
  /** That score placed from 0 (the lowest level) to 100 (the highest), as shown; null when not rated. */
  scorePosition: number | null;
  /** Null when either side has nothing to show. */
  difference: VoiceDifference | null;
}

export interface QuestionnaireVoice {
  questionnaireId: string;
  title: string;
  audience: Questionnaire['audience'];
  /** People who answered at least one of its statements. */
  answerSets: number;
  isShown: boolean;
  hiddenReason: string | null;
  /** Empty when the questionnaire is not shown. */
  statements: StatementVoice[];
  /** The sections its statements inform, in the toolkit's order; empty when not shown. */
  sections: SectionVoice[];
}

const AUDIENCE_WORDS: Record<Questionnaire['audience'], string> = { families: 'families', pupils: 'pupils', staff: 'staff' };

/** "What families say", "What families and pupils say": the heading over the questionnaires' results. */
export function voiceHeading(voices: readonly Pick<QuestionnaireVoice, 'audience'>[]): string {
  const audiences = [...new Set(voices.map((voice) => AUDIENCE_WORDS[voice.audience]))];
  const last = audiences.pop();
  if (last === undefined) return '';
  return `What ${audiences.length > 0 ? `${audiences.join(', ')} and ${last}` : last} say`;
}

/** The rule, said once for the page and the PDF. */
export const VOICE_RULE =
  `Answers are shown only once at least ${MIN_GROUP_SIZE} people have answered a questionnaire, and a statement only when at least ` +
  `${MIN_GROUP_SIZE} people agreed or disagreed with it, so that nobody’s answers can be picked out. “Don’t know” is counted but is not a view: ` +
  'shares are of the people who gave one.';

export function questionnaireHiddenReason(answerSets: number): string {
  return `Not shown: fewer than ${MIN_GROUP_SIZE} people have answered so far (${answerSets}).`;
}

export const STATEMENT_HIDDEN_REASON = `Not shown: fewer than ${MIN_GROUP_SIZE} people gave a view.`;
export const SECTION_HIDDEN_REASON = `Not shown: fewer than ${MIN_GROUP_SIZE} people gave a view on any of its statements.`;

/**
 * "80% agree, 20% disagree (of 5 people who gave a view)". A statement's
 * views are people's; a section's are answers, pooled over its statements.
 */
export function describeShare(share: VoiceShare, of: 'people' | 'answers'): string {
  const whose = of === 'people' ? (share.views === 1 ? 'person who gave a view' : 'people who gave a view') : share.views === 1 ? 'answer giving a view' : 'answers giving a view';
  return `${share.agreePercent}% agree, ${share.disagreePercent}% disagree (of ${share.views} ${whose})`;
}

/** A whole percentage, halves up. */
function percent(part: number, whole: number): number {
  return Math.round((part / whole) * 100 + 1e-9);
}

function shareOf(counts: readonly number[]): VoiceShare {
  const pick = (indexes: readonly number[]) => indexes.reduce((sum, index) => sum + counts[index]!, 0);
  const agreeing = pick(AGREEING);
  const disagreeing = pick(DISAGREEING);
  const views = agreeing + disagreeing;
  const agreePercent = views === 0 ? 0 : percent(agreeing, views);
  return { views, agreeing, disagreeing, dontKnow: counts[DONT_KNOW]!, agreePercent, disagreePercent: views === 0 ? 0 : 100 - agreePercent };
}

function statementVoice(statement: Questionnaire['statements'][number], answers: readonly Record<string, number>[]): StatementVoice {
  const counts = AGREE_SCALE.map(() => 0);
  for (const given of answers) if (statement.id in given) counts[given[statement.id]!]! += 1;
  const share = shareOf(counts);
  const isShown = share.views >= MIN_GROUP_SIZE;
  return {
    statementId: statement.id,
    text: statement.text,
    domainIds: statement.domainIds,
    answered: counts.reduce((sum, count) => sum + count, 0),
    isShown,
    counts: isShown ? counts : null,
    share: isShown ? share : null,
    hiddenReason: isShown ? null : STATEMENT_HIDDEN_REASON,
  };
}

function sectionsOf(toolkit: Toolkit, statements: readonly StatementVoice[], ratings: AnswersByIndicator): SectionVoice[] {
  const scores = scoreAudit(toolkit, ratings).domains;
  return toolkit.domains.flatMap((domain, d): SectionVoice[] => {
    const informing = statements.filter((statement) => statement.domainIds.includes(domain.id));
    if (informing.length === 0) return [];
    const shown = informing.filter((statement) => statement.isShown);
    const pooled = AGREE_SCALE.map((_, index) => shown.reduce((sum, statement) => sum + statement.counts![index]!, 0));
    const share = shown.length > 0 ? shareOf(pooled) : null;
    const score = scores[d]!.score;
    const position = score === null ? null : scorePosition(toolkit.scale.levels, roundScore(score));
    return [
      {
        domainId: domain.id,
        title: domain.title,
        statementIds: informing.map((statement) => statement.statementId),
        isShown: share !== null,
        share,
        hiddenReason: share ? null : SECTION_HIDDEN_REASON,
        score,
        scorePosition: position,
        difference: share && position !== null ? compareWithSelfEvaluation(share.agreePercent, position) : null,
      },
    ];
  });
}

/**
 * Every questionnaire of the toolkit, summed up from the audit's answer sets
 * and set beside `ratings` (the audit's ratings: the team's, or the lead's).
 */
export function summariseVoice(toolkit: Toolkit, answerSets: readonly VoiceAnswerSet[], ratings: AnswersByIndicator): QuestionnaireVoice[] {
  return (toolkit.questionnaires ?? []).map((questionnaire) => {
    const answers = answerSets
      .filter((set) => set.questionnaireId === questionnaire.id)
      .map((set) => validAnswers(questionnaire, set.answers))
      .filter((given) => Object.keys(given).length > 0);
    const isShown = answers.length >= MIN_GROUP_SIZE;
    const statements = isShown ? questionnaire.statements.map((statement) => statementVoice(statement, answers)) : [];
    return {
      questionnaireId: questionnaire.id,
      title: questionnaire.title,
      audience: questionnaire.audience,
      answerSets: answers.length,
      isShown,
      hiddenReason: isShown ? null : questionnaireHiddenReason(answers.length),
      statements,
      sections: isShown ? sectionsOf(toolkit, statements, ratings) : [],
    };
  });
}
