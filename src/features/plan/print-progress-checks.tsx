import { TableBox } from '../../components/table-box';
import type { PlanReport } from '../../core/plan-report';

export function PrintProgressChecks({ report }: { report: PlanReport }) {
  return (
    <section className="app-plan-print__section" aria-labelledby="print-checks">
      <h2 className="govuk-heading-l" id="print-checks">
        Progress checks
      </h2>
      {report.reviews.length === 0 ? (
        <p className="govuk-body">No progress checks have been set yet.</p>
      ) : (
        <TableBox label="When the plan will be looked at again, and by whom">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">When the plan will be looked at again, and by whom</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">When</th>
                <th scope="col" className="govuk-table__header">Who checks progress</th>
                <th scope="col" className="govuk-table__header">Notes</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {report.reviews.map((review, index) => (
                <tr className="govuk-table__row" key={index}>
                  <td className="govuk-table__cell">{review.when}</td>
                  <td className="govuk-table__cell app-plan-text">{review.who}</td>
                  <td className="govuk-table__cell app-plan-text">{review.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </section>
  );
}
