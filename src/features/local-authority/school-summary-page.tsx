/** One school's summary, on its own, as the school shared it; the school's other summaries; and removing all of them. */
import { Link, useNavigate, useParams } from 'react-router';
import { SummaryView } from '../../components/summary-view';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate } from '../../core/format-date';
import { serializeSummary } from '../../core/school-summary';
import { useSchoolSummary } from '../../hooks/local-authority-hooks';
import { paths } from '../../lib/paths';
import { CouncilBanner } from './council-banner';
import { RemoveSchool } from './remove-school';
import './local-authority.css';

export function SchoolSummaryPage() {
  const { summaryId = '' } = useParams();
  const navigate = useNavigate();
  const found = useSchoolSummary(summaryId);
  usePageTitle(found ? `${found.summary.summary.school.name}: shared summary` : 'Shared summary');
  if (found === undefined) return <p className="govuk-body">Loading…</p>;
  if (found === null) {
    return (
      <>
        <CouncilBanner />
        <h1 className="govuk-heading-l">Summary not found</h1>
        <p className="govuk-body">
          This summary is not on this device: it may have been removed.{' '}
          <Link className="govuk-link" to={paths.localAuthority()}>
            Back to the local authority view
          </Link>
        </p>
      </>
    );
  }
  const { summary } = found.summary;
  const others = found.school.filter((row) => row.selfEvaluationId !== summaryId);
  return (
    <>
      <CouncilBanner />
      <span className="govuk-caption-l">
        Shared summary: {summary.toolkit.title}, {formatDate(summary.selfEvaluation.date)}
      </span>
      <h1 className="govuk-heading-l app-cell-wrap">{summary.school.name}</h1>
      <SummaryView summary={summary} fileText={serializeSummary(summary)} headingLevel={2} />
      {others.length > 0 && (
        <section aria-labelledby="others-heading">
          <h2 className="govuk-heading-m" id="others-heading">
            This school’s other summaries
          </h2>
          <ul className="govuk-list">
            {others.map((row) => (
              <li key={row.selfEvaluationId}>
                <Link className="govuk-link" to={paths.schoolSummary(row.selfEvaluationId)}>
                  {row.summary.toolkit.title}, {formatDate(row.summary.selfEvaluation.date)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="remove-heading" className="app-no-print">
        <h2 className="govuk-heading-m" id="remove-heading">
          Remove this school’s summaries
        </h2>
        <RemoveSchool
          schoolKey={found.summary.schoolKey}
          schoolName={summary.school.name}
          count={found.school.length}
          onRemoved={(message) => void navigate(paths.localAuthority(), { state: { removed: message } })}
        />
      </section>
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={paths.localAuthority()}>
          Back to the local authority view
        </Link>
      </p>
    </>
  );
}
