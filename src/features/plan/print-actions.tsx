import { TableBox } from '../../components/table-box';
import type { PlanReport } from '../../core/plan-report';
import { PrintReviewHistory } from './print-review-history';
import { StatusTag } from './status-tag';

const COLUMNS = ['No.', 'Action', 'Success measure', 'Lead', 'Target date', 'Status and progress'];

/**
 * One table, as in the PDF: each group of actions is a row group under its
 * section's title. On a narrow screen (400% zoom) six columns would leave a
 * few letters each, so each action's cells stack, each under its column's
 * heading (data-label, shown by plan.scss only there; the findings do the same). The roles are
 * written out because a table whose display is changed loses its table
 * semantics in some browsers.
 */
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
          <table className="govuk-table app-plan-print__table app-plan-print__stack" role="table">
            <caption className="govuk-table__caption govuk-table__caption--s">
              {report.actionCount} {report.actionCount === 1 ? 'action' : 'actions'}, grouped by section with the priority sections first
            </caption>
            <thead className="govuk-table__head" role="rowgroup">
              <tr className="govuk-table__row" role="row">
                {COLUMNS.map((column) => (
                  <th scope="col" className="govuk-table__header" role="columnheader" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            {/* A section can appear twice once actions are moved across sections, so its title is no key. */}
            {report.actionGroups.map((group, index) => (
              <tbody className="govuk-table__body" role="rowgroup" key={index}>
                <tr className="govuk-table__row app-plan-print__group" role="row">
                  <th scope="rowgroup" colSpan={COLUMNS.length} className="govuk-table__header" role="rowheader">
                    {group.isPriority ? `Priority: ${group.title}` : group.title}
                  </th>
                </tr>
                {group.actions.map((action) => (
                  <tr className="govuk-table__row app-plan-print__action" role="row" key={action.number}>
                    <td className="govuk-table__cell app-plan-print__inline-label" role="cell" data-label={COLUMNS[0]}>
                      {action.number}
                    </td>
                    <td className="govuk-table__cell app-plan-text" role="cell" data-label={COLUMNS[1]}>
                      {action.action || 'Action not written yet'}
                      {action.carriedFrom && <span className="app-plan-progress app-plan-secondary">{action.carriedFrom}</span>}
                    </td>
                    <td className="govuk-table__cell app-plan-text" role="cell" data-label={COLUMNS[2]}>
                      {action.successMeasure}
                    </td>
                    <td className="govuk-table__cell app-plan-text" role="cell" data-label={COLUMNS[3]}>
                      {action.lead}
                    </td>
                    <td className="govuk-table__cell" role="cell" data-label={COLUMNS[4]}>
                      {action.targetDate}
                    </td>
                    <td className="govuk-table__cell app-plan-text" role="cell" data-label={COLUMNS[5]}>
                      <StatusTag status={action.status} />
                      {action.progressNote && <span className="app-plan-progress">{action.progressNote}</span>}
                      <PrintReviewHistory history={action.history} />
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
