import { Link, useParams, useSearchParams } from 'react-router';
import { ScoreRadar } from '../../components/score-radar';
import { AuditNotFound } from '../../components/audit-not-found';
import { EvaluationNav } from '../../components/evaluation-nav';
import { usePageTitle } from '../../components/use-page-title';
import { buildChartModel } from '../../core/chart-model';
import { describeBasis, sumBasis } from '../../core/score-basis';
import { findStrengthsAndAreas } from '../../core/strengths-and-areas';
import { describeStatements, ratingSources } from '../../core/team-statements';
import { formatDate } from '../../core/format-date';
import { useResultsData } from '../../hooks/results-hooks';
import { paths } from '../../lib/paths';
import { QuestionnaireLinks } from '../../components/questionnaire-links';
import { CompareControl } from './compare-control';
import { InspectionAreasSection } from './inspection-areas-section';
import { LegalRequirementsLine, LegalRequirementsSection } from './legal-requirements-section';
import { PriorityForm } from './priority-form';
import { ExportActions } from './export-actions';
import { MeetingButton } from './meeting-button';
import { ScoresTable } from './scores-table';
import { StrengthsAndAreasSection } from './strengths-and-areas-section';
import { VoiceSection } from './voice-section';
import { TeamSection } from './team-section';
import './results.css';

export function ResultsPage() {
  usePageTitle('Results');
  const { auditId = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const compare = searchParams.get('compare') ?? undefined;
  const data = useResultsData(auditId, compare);

  if (data === null) return <AuditNotFound />;
  if (!data) return <p className="govuk-body">Loading…</p>;

  const { audit, toolkit, answers, comparison } = data;
  const model = buildChartModel(toolkit, answers, { priorityDomainIds: audit.priorityDomainIds, earlier: comparison });
  const names = {
    current: `${audit.title}, ${formatDate(audit.date)}`,
    earlier: comparison ? `${comparison.audit.title}, ${formatDate(comparison.audit.date)}` : null,
  };
  const problem = data.comparisonProblem ?? model.comparisonProblem;
  // A team's self-evaluation adds its spread; one person's results are drawn exactly as they always were.
  const { team } = data;
  const statements = team ? describeStatements(toolkit, team) : null;
  const sources = ratingSources(team);
  const bands = team ? model.domains.map((domain) => team.combined.domains.find((spread) => spread.domainId === domain.domainId)?.band ?? null) : null;

  return (
    <>
      <EvaluationNav auditId={audit.id} current="results" />
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">Results</h1>
      <p className="govuk-body-l app-overall">
        Overall score: <strong>{model.overallText}</strong>
        {model.overallLevelName && ` (${model.overallLevelName})`}, {describeBasis(sumBasis(model.domains))}, on a scale of {model.levels[0]!.value} to{' '}
        {model.maxLevel}.
        {model.isComparing && names.earlier && (
          <>
            {' '}
            Earlier: {model.earlierOverallText}. Change: {model.overallChangeText}.
          </>
        )}
      </p>
      <LegalRequirementsLine toolkit={toolkit} answers={answers} />
      <MeetingButton auditId={audit.id} compare={compare} />
      {problem && (
        <div className="govuk-warning-text">
          <span className="govuk-warning-text__icon" aria-hidden="true">
            !
          </span>
          <strong className="govuk-warning-text__text">
            <span className="govuk-visually-hidden">Warning</span>
            {problem}
          </strong>
        </div>
      )}
      <CompareControl
        earlierAudits={data.earlierAudits}
        choice={data.compareChoice}
        basedOnAuditId={audit.basedOnAuditId}
        onChoose={(choice) => setSearchParams({ compare: choice }, { replace: true })}
      />
      <ScoreRadar model={model} names={names} size="page" id="results-radar" bands={bands} />
      <ScoresTable model={model} auditId={audit.id} teamSections={statements?.sections} />
      {team && statements && <TeamSection toolkit={toolkit} team={team} statements={statements} />}
      <LegalRequirementsSection auditId={audit.id} toolkit={toolkit} answers={answers} sources={sources} />
      <InspectionAreasSection toolkit={toolkit} model={model} />
      <PriorityForm auditId={audit.id} toolkit={toolkit} model={model} saved={audit.priorityDomainIds} />
      <StrengthsAndAreasSection found={findStrengthsAndAreas(model, data.reflections)} sources={sources} />
      <ExportActions audit={audit} toolkit={toolkit} answers={answers} />
      <VoiceSection auditId={audit.id} toolkit={toolkit} answers={answers} />
      <QuestionnaireLinks auditId={audit.id} toolkit={toolkit} />
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={paths.audit(audit.id)}>
          Back to the self-evaluation
        </Link>
      </p>
    </>
  );
}
