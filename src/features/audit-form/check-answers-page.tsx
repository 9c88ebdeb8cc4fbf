import { Link, useParams } from 'react-router';
import { listUnanswered } from '../../core/progress';
import { EvaluationNav } from '../../components/evaluation-nav';
import { usePageTitle } from '../../components/use-page-title';
import { AuditNotFound } from '../../components/audit-not-found';
import { paths } from '../../lib/paths';
import { CompletionSection } from './completion-section';
import { DomainAnswers } from './domain-answers';
import { UnansweredList } from './unanswered-list';
import { useAuditData } from './use-audit-data';

/** GOV.UK "check answers": what is still unanswered, with links to each; every answer; then finish. */
export function CheckAnswersPage() {
  usePageTitle('Check your answers');
  const { auditId = '' } = useParams();
  const data = useAuditData(auditId);

  if (data.state === 'loading') return <p className="govuk-body">Loading…</p>;
  if (data.state === 'missing') return <AuditNotFound />;
  const { audit, toolkit, answers, reflections } = data;
  const unanswered = listUnanswered(toolkit, answers);

  // Full width: statements are long, and the answers read best beside them.
  return (
    <>
      <EvaluationNav auditId={audit.id} current="check" />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-full">
          <span className="govuk-caption-l">
            {audit.school}: {audit.title}
          </span>
          <h1 className="govuk-heading-l">Check your answers</h1>
          {audit.scope === 'quick' && (
            <p className="govuk-inset-text">
              This is a quick review: it rates the toolkit’s core statements only. Start the next self-evaluation as a full review to rate every
              statement.
            </p>
          )}
          <UnansweredList auditId={audit.id} toolkit={toolkit} unanswered={unanswered} isComplete={audit.status === 'complete'} />
          {toolkit.domains.map((domain) => (
            <DomainAnswers key={domain.id} auditId={audit.id} toolkit={toolkit} domain={domain} answers={answers} reflection={reflections[domain.id]} />
          ))}
          <CompletionSection audit={audit} unansweredCount={unanswered.length} />
          <p className="govuk-body">
            {/* A colleague's copy goes back to the lead, whose results are the team's. */}
            {audit.invitation ? (
              <Link className="govuk-link" to={paths.response(audit.id)}>
                Send your ratings back
              </Link>
            ) : (
              <Link className="govuk-link" to={paths.results(audit.id)}>
                See the results
              </Link>
            )}
          </p>
        </div>
      </div>
    </>
  );
}
