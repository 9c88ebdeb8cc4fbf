import type { PlanReport } from '../../core/plan-report';
import { StatusTag } from './status-tag';

const COLUMNS = ['No.', 'Action', 'Success measure', 'Lead', 'Target date', 'Status and progress'];

export function PrintActions({ report }: { report: PlanReport }) {
  return (
    <>
      <section className="app-plan-print__section app-plan-print__actions" aria-labelledby="print-actions">
        <h2 className="govuk-heading-l" id="print-actions">
          Action plan
        </h2>
        {report.actionCount === 0 && <p className="govuk-body">No actions have been added to the plan yet.</p>}
        {report.actionGroups.map((group) => (
          <div className="app-table-box" key={group.title}>
            <table className="govuk-table app-plan-print__table">
              <caption className="govuk-table__caption govuk-table__caption--m">{group.isPriority ? `Priority: ${group.title}` : group.title}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  {COLUMNS.map((column) => (
                    <th scope="col" className="govuk-table__header" key={column}>
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
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
            </table>
          </div>
        ))}
      </section>
      <section className="app-plan-print__section" aria-labelledby="print-reviews">
        <h2 className="govuk-heading-l" id="print-reviews">
          Review dates
        </h2>
        {report.reviews.length === 0 ? (
          <p className="govuk-body">No review dates have been set yet.</p>
        ) : (
          <div className="app-table-box">
            <table className="govuk-table">
              <caption className="govuk-table__caption govuk-table__caption--s">When the plan will be reviewed, and by whom</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">When</th>
                  <th scope="col" className="govuk-table__header">Who reviews the plan</th>
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
          </div>
        )}
      </section>
    </>
  );
}
