import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { buildPlanReport } from '../../core/plan-report';
import { usePlanSources } from '../../hooks/plan-hooks';
import { AuditNotFound } from '../../components/audit-not-found';
import { paths } from '../../lib/paths';
import { EvidenceCheckbox } from './evidence-checkbox';
import { PrintActions } from './print-actions';
import { PrintCover } from './print-cover';
import { PrintFindings } from './print-findings';
import { PrintInspectionAreas } from './print-inspection-areas';
import { PrintLegalRequirements } from './print-legal-requirements';
import { PrintProgressChecks } from './print-progress-checks';
import { PrintSummary } from './print-summary';
import { PrintTeam } from './print-team';
import './plan.scss';

/**
 * The development plan as a web page for the browser's print: the
 * accessible version, with real headings, tables and lists for assistive
 * technology, and every script the browser can show. In the PDF's order,
 * for a governor: cover, summary, how the team rated (for a team), legal requirements, action plan, findings,
 * Ofsted's evaluation areas, progress checks (those two new ones only when the
 * toolkit has them).
 * `?evidence=no` leaves the evidence notes out, as the PDF can.
 */
export function PrintPlanPage() {
  usePageTitle('Development plan (printable)');
  const { auditId = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  // Held here as well as in the address: the address changes a moment after the click (a navigation), the box at once.
  const [includeEvidence, setIncludeEvidence] = useState(search.get('evidence') !== 'no');
  const chooseEvidence = (include: boolean) => {
    setIncludeEvidence(include);
    setSearch(include ? {} : { evidence: 'no' }, { replace: true });
  };
  const sources = usePlanSources(auditId);
  if (sources === null) return <AuditNotFound />;
  if (!sources) return <p className="govuk-body">Loading…</p>;
  const report = buildPlanReport(sources, { includeEvidence });
  return (
    <article className="app-plan-print" lang="en-GB">
      <div className="app-no-print">
        <EvidenceCheckbox id="print-evidence" checked={includeEvidence} onChange={chooseEvidence} />
        <div className="app-button-row">
          <button type="button" className="govuk-button" onClick={() => window.print()}>
            Print this page
          </button>
          <Link className="govuk-link govuk-body" to={paths.plan(auditId)}>
            Back to the development plan
          </Link>
        </div>
      </div>
      <PrintCover report={report} />
      <PrintSummary report={report} />
      <PrintTeam report={report} />
      <PrintLegalRequirements report={report} />
      <PrintActions report={report} />
      <PrintFindings report={report} />
      <PrintInspectionAreas report={report} />
      <PrintProgressChecks report={report} />
      <p className="govuk-body-s app-plan-secondary">
        Made with Reflect from the self-evaluation “{report.auditTitle}” against the toolkit “{report.toolkitTitle}” (version {report.toolkitVersion}).
      </p>
    </article>
  );
}
