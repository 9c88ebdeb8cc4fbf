/**
 * Looking at the plan on a day: the actions in the order the plan numbers
 * them, what each was recorded as last time, and afterwards what this look
 * changed. Both the page-by-page review and meeting mode's slides read these,
 * so that "action 3" and "last time" mean the same in each.
 */
import { historyOf, type ActionReview } from './action-reviews';
import type { ActionStatus, PlanAction } from './audit';
import { ACTION_STATUS_LABELS } from './plan-actions';
import { groupPlanActions } from './plan-groups';
import type { Toolkit } from './toolkit-schema';

/** One action as the review takes it in turn: its number in the plan and the section it is under. */
export interface ReviewStep {
  action: PlanAction;
  /** 1 for the plan's first action, as the plan page and the PDF number them. */
  number: number;
  sectionTitle: string;
}

export function reviewSteps(toolkit: Toolkit, priorityDomainIds: readonly string[], actions: readonly PlanAction[]): ReviewStep[] {
  return groupPlanActions(toolkit, priorityDomainIds, actions)
    .flatMap((group) => group.actions.map((action) => ({ action, sectionTitle: group.title })))
    .map((step, index) => ({ ...step, number: index + 1 }));
}

/** The latest review of the action before `reviewedOn`: what was recorded "last time". Null before its first. */
export function previousReview(reviews: readonly ActionReview[], actionId: string, reviewedOn: string): ActionReview | null {
  return historyOf(reviews, actionId).filter((review) => review.reviewedOn < reviewedOn).at(-1) ?? null;
}

/** The review of the action on the day, once started. */
export function reviewOn(reviews: readonly ActionReview[], actionId: string, reviewedOn: string): ActionReview | null {
  return historyOf(reviews, actionId).find((review) => review.reviewedOn === reviewedOn) ?? null;
}

/** What one action's review on a day changed. */
export interface ReviewChange {
  step: ReviewStep;
  /** Null when the action was not looked at on the day. */
  review: ActionReview | null;
  /** Its status before the day: the last review's, or the one it was written with. */
  before: ActionStatus;
  /** Its status after the day (unchanged when it was not looked at). */
  now: ActionStatus;
  /** "Not started → On track", "No change", or "Not reviewed on this date". */
  changeText: string;
}

export function summariseReview(steps: readonly ReviewStep[], reviews: readonly ActionReview[], reviewedOn: string): ReviewChange[] {
  return steps.map((step) => {
    const review = reviewOn(reviews, step.action.id, reviewedOn);
    const before = previousReview(reviews, step.action.id, reviewedOn)?.status ?? step.action.status;
    const now = review?.status ?? before;
    const changeText = !review ? 'Not reviewed on this date' : before === now ? 'No change' : `${ACTION_STATUS_LABELS[before]} → ${ACTION_STATUS_LABELS[now]}`;
    return { step, review, before, now, changeText };
  });
}

/** A date as the three boxes of the GOV.UK date input hold it. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** `2027-02-03` → 3, 2, 2027 (as people type them, without leading zeros); anything else leaves the boxes empty. */
export function datePartsOf(isoDate: string): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return { day: '', month: '', year: '' };
  return { day: String(Number(match[3])), month: String(Number(match[2])), year: match[1]! };
}

/**
 * What was typed, as yyyy-mm-dd when each box holds a number (3, 2, 2027 →
 * 2027-02-03), for checkReviewDate to judge; otherwise the boxes as typed,
 * which it refuses.
 */
export function isoDateOf({ day, month, year }: DateParts): string {
  const [d, m, y] = [day.trim(), month.trim(), year.trim()];
  if (!/^\d{1,2}$/.test(d) || !/^\d{1,2}$/.test(m) || !/^\d{4}$/.test(y)) return `${y}-${m}-${d}`;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
