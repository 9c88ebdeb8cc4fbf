import { Link, useParams } from 'react-router';
import { AuditNotFound } from '../../components/audit-not-found';
import { usePageTitle } from '../../components/use-page-title';
import { todayIsoDate } from '../../core/format-date';
import { buildGovernorsSummary } from '../../core/governors-summary';
import { buildPlanReport } from '../../core/plan-report';
import { usePlanSources } from '../../hooks/plan-hooks';
import { paths } from '../../lib/paths';
import { GovernorsSummaryDownload } from './governors-summary-download';
import { GovernorsSummarySections } from './governors-summary-sections';
import './plan.scss';
import './governors-summary.scss';

/**
 * The governors' summary as a web page, laid out to print on one sheet of
 * A4: the accessible version of the one-page PDF, from the same model. What
 * is overdue is worked out for today, on this device's clock.
 */
export function GovernorsSummaryPage() {
  usePageTitle('Governors’ summary');
  const { auditId = '' } = useParams();
  const sources = usePlanSources(auditId);
  if (sources === null) return <AuditNotFound />;
  if (!sources) return <p className="govuk-body">Loading…</p>;
  const summary = buildGovernorsSummary(buildPlanReport(sources), todayIsoDate());
  return (
    <article className="app-governors" lang="en-GB">
      <div className="app-no-print">
        <div className="app-button-row">
          <button type="button" className="govuk-button" onClick={() => window.print()}>
            Print
          </button>
          <GovernorsSummaryDownload auditId={auditId} />
          <Link className="govuk-link govuk-body" to={paths.plan(auditId)}>
            Back to the development plan
          </Link>
        </div>
      </div>
      <GovernorsSummarySections summary={summary} />
    </article>
  );
}
