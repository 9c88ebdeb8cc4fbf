/**
 * What in a plan needs attention soon: actions not done whose target date has
 * passed, and those due within the next fortnight. A target written as a term
 * ("Spring 2027") has no day to count from, so it is never called overdue.
 */
import type { PlanAction } from './audit';
import { isIsoDate } from './format-date';

export const DUE_SOON_DAYS = 14;

export interface DueActions<A> {
  /** Target date before today, oldest first. */
  overdue: A[];
  /** Target date today or within the next `days` days, soonest first. */
  dueSoon: A[];
}

/** Adds whole days to a yyyy-mm-dd date, in UTC so that clock changes do not move it. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function dueActions<A extends Pick<PlanAction, 'targetDate' | 'status'>>(actions: readonly A[], today: string, days = DUE_SOON_DAYS): DueActions<A> {
  const last = addDays(today, days);
  const day = (action: A) => action.targetDate.trim();
  const dated = actions.filter((action) => action.status !== 'done' && isIsoDate(day(action)));
  const byDate = (a: A, b: A) => (day(a) < day(b) ? -1 : day(a) > day(b) ? 1 : 0);
  return {
    overdue: dated.filter((action) => day(action) < today).sort(byDate),
    dueSoon: dated.filter((action) => day(action) >= today && day(action) <= last).sort(byDate),
  };
}
