import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { formatDateTime } from '../../lib/format-date';
import { useAuditSummaries } from '../../storage/hooks';

export function HomePage() {
  usePageTitle('Your self-evaluations');
  const summaries = useAuditSummaries();

  return (
    <>
      <h1 className="govuk-heading-xl">Your self-evaluations</h1>
      <p className="govuk-body-l">
        Reflect helps your team look at what is working well in your school, what could be even better, and agree a development plan.
      </p>
      <Link to="/audits/new" className="govuk-button" role="button" draggable={false}>
        Start a new self-evaluation
      </Link>
      {summaries === undefined ? (
        <p className="govuk-body">Loading your self-evaluations…</p>
      ) : summaries.length === 0 ? (
        <div className="govuk-inset-text">
          You have not started a self-evaluation yet. Choose <strong>Start a new self-evaluation</strong>, pick a toolkit and rate your
          school against each statement. Everything is saved in this browser as you go.
        </div>
      ) : (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Self-evaluations on this device</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Title</th>
              <th scope="col" className="govuk-table__header">School</th>
              <th scope="col" className="govuk-table__header">Toolkit</th>
              <th scope="col" className="govuk-table__header">Last edited</th>
              <th scope="col" className="govuk-table__header">Progress</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {summaries.map(({ audit, toolkitTitle, progress }) => (
              <tr className="govuk-table__row" key={audit.id}>
                <td className="govuk-table__cell">
                  <Link className="govuk-link" to={`/audits/${audit.id}`}>
                    {audit.title}
                  </Link>
                </td>
                <td className="govuk-table__cell">{audit.school}</td>
                <td className="govuk-table__cell">{toolkitTitle}</td>
                <td className="govuk-table__cell">{formatDateTime(audit.updatedAt)}</td>
                <td className="govuk-table__cell">
                  {progress.answered} of {progress.total} answered
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
