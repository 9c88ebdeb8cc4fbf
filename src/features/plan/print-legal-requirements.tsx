import { TableBox } from '../../components/table-box';
import type { PlanReport } from '../../core/plan-report';

/** The legal duties on their own, as in the PDF: how many are met, then each with its source and state, those not met first. */
export function PrintLegalRequirements({ report }: { report: PlanReport }) {
  const { legal } = report;
  if (!legal) return null;
  return (
    <section className="app-plan-print__section" aria-labelledby="print-legal">
      <h2 className="govuk-heading-l" id="print-legal">
        Legal requirements
      </h2>
      <p className="govuk-body">{legal.intro}</p>
      <TableBox label="Legal requirements and whether each is met">
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Legal requirements and whether each is met</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Duty</th>
              <th scope="col" className="govuk-table__header">Source</th>
              <th scope="col" className="govuk-table__header">State</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {legal.duties.map((duty) => (
              <tr className="govuk-table__row" key={duty.statement}>
                <td className="govuk-table__cell">{duty.duty}</td>
                <td className="govuk-table__cell app-plan-secondary">{duty.source}</td>
                <td className="govuk-table__cell">
                  <strong>{duty.stateLabel}</strong>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </section>
  );
}
