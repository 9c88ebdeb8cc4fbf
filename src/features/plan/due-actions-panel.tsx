import type { ActionReview } from '../../core/action-reviews';
import type { PlanAction } from '../../core/audit';
import { formatDate, isIsoDate, todayIsoDate } from '../../core/format-date';
import { compareActions } from '../../core/plan-actions';
import { DUE_SOON_DAYS, dueActions } from '../../core/plan-due';
import { withCurrentStatus } from '../../core/plan-progress';
import { TableBox } from '../../components/table-box';
import { StatusTag } from './status-tag';

interface DueActionsPanelProps {
  actions: readonly PlanAction[];
  actionReviews: readonly ActionReview[];
}

const COLUMNS = ['No.', 'Action', 'Lead', 'Target date', 'Status'];

interface Numbered {
  number: number;
  action: PlanAction;
}

function DueTable({ id, title, none, items }: { id: string; title: string; none: string; items: readonly Numbered[] }) {
  const heading = (
    <h3 className="govuk-heading-s" id={id}>
      {title}
    </h3>
  );
  if (items.length === 0)
    return (
      <>
        {heading}
        <p className="govuk-body">{none}</p>
      </>
    );
  return (
    <>
      {heading}
      <TableBox label={title}>
        <table className="govuk-table" aria-labelledby={id}>
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
            {items.map(({ number, action }) => (
              <tr className="govuk-table__row" key={action.id}>
                <td className="govuk-table__cell">{number}</td>
                <td className="govuk-table__cell app-plan-text">
                  {/* The card's id: the link takes the reader to the action on this page. */}
                  <a className="govuk-link" href={`#action-${action.id}`}>
                    {action.action.trim() || `Action ${number} (not written yet)`}
                  </a>
                </td>
                <td className="govuk-table__cell app-plan-text">{action.lead}</td>
                <td className="govuk-table__cell">{formatDate(action.targetDate)}</td>
                <td className="govuk-table__cell">
                  <StatusTag status={action.status} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </>
  );
}

/**
 * What needs attention soon, at the top of the plan: actions past their
 * target date and those due in the next fortnight, each at its current
 * status (its latest review's). "Today" is the device's. A plan whose targets
 * are all terms ("Spring 2027"), or that has none, has nothing to count, so
 * the panel is left out.
 */
export function DueActionsPanel({ actions, actionReviews }: DueActionsPanelProps) {
  if (!actions.some((action) => isIsoDate(action.targetDate.trim()))) return null;
  const numbered = new Map([...actions].sort(compareActions).map((action, index) => [action.id, index + 1]));
  const { overdue, dueSoon } = dueActions(withCurrentStatus(actions, actionReviews), todayIsoDate());
  const withNumbers = (list: PlanAction[]) => list.map((action) => ({ number: numbered.get(action.id)!, action }));
  return (
    <section className="app-plan-due govuk-!-margin-top-6" aria-labelledby="due-title">
      <h2 className="govuk-heading-m" id="due-title">
        Due and overdue
      </h2>
      {overdue.length === 0 && dueSoon.length === 0 ? (
        <p className="govuk-body">Nothing is overdue or due in the next {DUE_SOON_DAYS} days.</p>
      ) : (
        <>
          <DueTable id="due-overdue" title="Overdue" none="Nothing is overdue." items={withNumbers(overdue)} />
          <DueTable id="due-soon" title={`Due in the next ${DUE_SOON_DAYS} days`} none={`Nothing is due in the next ${DUE_SOON_DAYS} days.`} items={withNumbers(dueSoon)} />
        </>
      )}
    </section>
  );
}
