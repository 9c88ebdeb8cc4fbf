/**
 * An action's reviews: at each look at the plan the lead records where an
 * action stands, dated. Reviews are kept side by side and never overwritten,
 * so that an action's history (status at each review) can be told; the
 * action itself carries the status of its latest review.
 */
import type { ActionStatus } from './audit';
import { ACTION_STATUS_LABELS } from './plan-actions';
import { formatDate, isIsoDate } from './format-date';

/** Whether the action's success measure is met: what governors ask first. */
export type MeasureMet = 'met' | 'partly' | 'not-met';

export const MEASURE_MET_VALUES: readonly MeasureMet[] = ['met', 'partly', 'not-met'];

export const MEASURE_MET_LABELS: Readonly<Record<MeasureMet, string>> = {
  met: 'Met',
  partly: 'Partly met',
  'not-met': 'Not met',
};

export interface ActionReview {
  id: string;
  auditId: string;
  actionId: string;
  /** The day of the review, yyyy-mm-dd. */
  reviewedOn: string;
  status: ActionStatus;
  measureMet: MeasureMet;
  /** What has happened since the last review. */
  note: string;
  /** What was seen that shows it (a document, a visit, figures). */
  evidence: string;
  createdAt: number;
  updatedAt: number;
}

/** What a person records at a review; the rest the store manages. */
export type ActionReviewFields = Pick<ActionReview, 'reviewedOn' | 'status' | 'measureMet' | 'note' | 'evidence'>;

export function isMeasureMet(value: unknown): value is MeasureMet {
  return typeof value === 'string' && (MEASURE_MET_VALUES as readonly string[]).includes(value);
}

/** Oldest first: by the day of the review, then the moment it was recorded (two reviews on one day keep their order). */
export function compareActionReviews(a: ActionReview, b: ActionReview): number {
  return (a.reviewedOn < b.reviewedOn ? -1 : a.reviewedOn > b.reviewedOn ? 1 : 0) || a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}

/** One action's reviews, oldest first. */
export function historyOf(reviews: readonly ActionReview[], actionId: string): ActionReview[] {
  return reviews.filter((review) => review.actionId === actionId).sort(compareActionReviews);
}

/** The most recent review of an action, or null before its first. */
export function latestReview(reviews: readonly ActionReview[], actionId: string): ActionReview | null {
  return historyOf(reviews, actionId).at(-1) ?? null;
}

/** A review as every format shows it. */
export interface ActionReviewEntry {
  reviewedOn: string;
  /** "3 February 2027". */
  dateText: string;
  status: ActionStatus;
  statusLabel: string;
  measureMet: MeasureMet;
  measureLabel: string;
  note: string;
  evidence: string;
}

export function describeReview(review: ActionReview): ActionReviewEntry {
  return {
    reviewedOn: review.reviewedOn,
    dateText: formatDate(review.reviewedOn),
    status: review.status,
    statusLabel: ACTION_STATUS_LABELS[review.status],
    measureMet: review.measureMet,
    measureLabel: MEASURE_MET_LABELS[review.measureMet],
    note: review.note.trim(),
    evidence: review.evidence.trim(),
  };
}

/** A checked review date: a real calendar day, not after today (a review records what has happened). */
export function checkReviewDate(value: string, today: string): string | null {
  if (!isIsoDate(value)) return 'Enter the date of the review as a real date, for example 3 2 2027';
  if (value > today) return 'The date of the review must be today or in the past';
  return null;
}

