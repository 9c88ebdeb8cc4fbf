import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { buildPlanReport } from '../../core/plan-report';
import { usePlanSources } from '../../hooks/plan-hooks';
import { AuditNotFound } from '../../components/audit-not-found';
import { paths } from '../../lib/paths';
import { PrintActions } from './print-actions';
import { PrintFindings } from './print-findings';
import { PrintSummary } from './print-summary';
import './plan.scss';

/**
 * The development plan as a web page for the browser's print: the
 * accessible version, with real headings, tables and lists for assistive
 * technology, and every script the browser can show.
 */
export function PrintPlanPage() {
  usePageTitle('Development plan (printable)');
  const { auditId = '' } = useParams();
  const sources = usePlanSources(auditId);
  if (sources === null) return <AuditNotFound />;
  if (!sources) return <p className="govuk-body">Loading…</p>;
  const report = buildPlanReport(sources);
  return (
    <article className="app-plan-print" lang="en-GB">
      <div className="app-button-row app-no-print">
        <button type="button" className="govuk-button" onClick={() => window.print()}>
          Print this page
        </button>
        <Link className="govuk-link govuk-body" to={paths.plan(auditId)}>
          Back to the development plan
        </Link>
      </div>
      <span className="govuk-caption-xl">Development plan</span>
      <h1 className="govuk-heading-xl">{report.school}</h1>
      <p className="govuk-body-l">{report.toolkitTitle}</p>
      <dl className="govuk-summary-list">
        {[
          ['Self-evaluation', report.auditTitle],
          ['Date of the self-evaluation', report.dateText],
          ['Toolkit', `${report.toolkitTitle}, version ${report.toolkitVersion}`],
          ['Who took part', report.participants || 'Not recorded'],
          ['Overall score', report.overall],
          ['Priority domains', report.priorityTitles.join('; ') || 'None chosen'],
          ['Actions in the plan', String(report.actionCount)],
        ].map(([label, value]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value app-plan-text">{value}</dd>
          </div>
        ))}
      </dl>
      <PrintSummary report={report} />
      <PrintFindings report={report} />
      <PrintActions report={report} />
    </article>
  );
}
