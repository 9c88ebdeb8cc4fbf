/**
 * How far a plan has got, counted from each action's current status (its
 * latest review's): how many actions stand at each status and how many are
 * overdue, as the results page says it in one line.
 */
import { currentStatus, type ActionReview } from './action-reviews';
import type { ActionStatus, PlanAction } from './audit';
import { ACTION_STATUS_LABELS } from './plan-actions';
import { dueActions } from './plan-due';

/** The order the line names them in: what is moving first, then what is finished, then what has not begun. */
const STATUS_ORDER: readonly ActionStatus[] = ['on-track', 'at-risk', 'done', 'not-started'];

export interface PlanProgress {
  total: number;
  byStatus: Record<ActionStatus, number>;
  overdue: number;
  dueSoon: number;
}

/** The actions as they stand now: each with its latest review's status in place of the one it was written with. */
export function withCurrentStatus<A extends Pick<PlanAction, 'id' | 'status'>>(actions: readonly A[], reviews: readonly ActionReview[]): A[] {
  return actions.map((action) => ({ ...action, status: currentStatus(action, reviews) }));
}

export function summarisePlanProgress(actions: readonly PlanAction[], reviews: readonly ActionReview[], today: string): PlanProgress {
  const current = withCurrentStatus(actions, reviews);
  const byStatus: Record<ActionStatus, number> = { 'not-started': 0, 'on-track': 0, 'at-risk': 0, done: 0 };
  for (const action of current) byStatus[action.status] += 1;
  const due = dueActions(current, today);
  return { total: current.length, byStatus, overdue: due.overdue.length, dueSoon: due.dueSoon.length };
}

/** "12 actions — 5 on track, 2 at risk, 3 done, 2 not started; 1 overdue". A status no action has is left out. */
export function describePlanProgress(progress: PlanProgress): string {
  if (progress.total === 0) return 'No actions yet';
  const counts = STATUS_ORDER.filter((status) => progress.byStatus[status] > 0).map((status) => `${progress.byStatus[status]} ${ACTION_STATUS_LABELS[status].toLowerCase()}`);
  const overdue = progress.overdue > 0 ? `; ${progress.overdue} overdue` : '';
  return `${progress.total} ${progress.total === 1 ? 'action' : 'actions'} — ${counts.join(', ')}${overdue}`;
}
