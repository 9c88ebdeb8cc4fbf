import { TableBox } from '../../components/table-box';
import type { PlanReport } from '../../core/plan-report';
import { StatusTag } from './status-tag';

const COLUMNS = ['No.', 'Action', 'Success measure', 'Lead', 'Target date', 'Status and progress'];

/** One table, as in the PDF: each group of actions is a row group under its section's title. */
export function PrintActions({ report }: { report: PlanReport }) {
  return (
    <section className="app-plan-print__section app-plan-print__actions" aria-labelledby="print-actions">
      <h2 className="govuk-heading-l" id="print-actions">
        Action plan
      </h2>
      {report.actionCount === 0 ? (
        <p className="govuk-body">No actions have been added to the plan yet.</p>
      ) : (
        <TableBox label="Action plan">
          <table className="govuk-table app-plan-print__table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {report.actionCount} {report.actionCount === 1 ? 'action' : 'actions'}, grouped by section with the priority sections first
            </caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {COLUMNS.map((column) => (
                  <th scope="col" className="govuk-table__header" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            {/* A section can appear twice once actions are moved across sections, so its title is no key. */}
            {report.actionGroups.map((group, index) => (
              <tbody className="govuk-table__body" key={index}>
                <tr className="govuk-table__row app-plan-print__group">
                  <th scope="rowgroup" colSpan={COLUMNS.length} className="govuk-table__header">
                    {group.isPriority ? `Priority: ${group.title}` : group.title}
                  </th>
                </tr>
                {group.actions.map((action) => (
                  <tr className="govuk-table__row" key={action.number}>
                    <td className="govuk-table__cell">{action.number}</td>
                    <td className="govuk-table__cell app-plan-text">{action.action || 'Action not written yet'}</td>
                    <td className="govuk-table__cell app-plan-text">{action.successMeasure}</td>
                    <td className="govuk-table__cell app-plan-text">{action.lead}</td>
                    <td className="govuk-table__cell">{action.targetDate}</td>
                    <td className="govuk-table__cell app-plan-text">
                      <StatusTag status={action.status} />
                      {action.progressNote && <span className="app-plan-progress">{action.progressNote}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </TableBox>
      )}
    </section>
  );
}
