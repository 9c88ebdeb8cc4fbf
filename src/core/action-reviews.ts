/**
 * An action's reviews: at each look at the plan the lead records where an
 * action stands, dated. Each review is a record of its own, so a later one
 * never overwrites an earlier one and an action's history (status at each
 * review) can be told. Once an action has been reviewed, its latest review
 * says its status (currentStatus): the status it was given when it was
 * written is where it started.
 */
import type { ActionStatus, PlanAction } from './audit';
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
  /** Null until the reviewer says. */
  measureMet: MeasureMet | null;
  /** What has happened since the last review. */
  note: string;
  /** What was seen that shows it (a document, a visit, figures). */
  evidence: string;
  createdAt: number;
  updatedAt: number;
}

/** What a person records at a review, each field saved as they go (the date is the review's, set when it starts). */
export type ActionReviewFields = Pick<ActionReview, 'status' | 'measureMet' | 'note' | 'evidence'>;

export const EDITABLE_ACTION_REVIEW_FIELDS = ['status', 'measureMet', 'note', 'evidence'] as const;

/** Said where the reviewer has not said whether the measure is met. */
export const MEASURE_NOT_SAID = 'Not said';

export function isMeasureMet(value: unknown): value is MeasureMet {
  return typeof value === 'string' && (MEASURE_MET_VALUES as readonly string[]).includes(value);
}

export function isMeasureMetOrNull(value: unknown): value is MeasureMet | null {
  return value === null || isMeasureMet(value);
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

/** Where an action stands: its latest review's status, or the status it was written with before its first review. */
export function currentStatus(action: Pick<PlanAction, 'id' | 'status'>, reviews: readonly ActionReview[]): ActionStatus {
  return latestReview(reviews, action.id)?.status ?? action.status;
}

/** A review as every format shows it. */
export interface ActionReviewEntry {
  reviewedOn: string;
  /** "3 February 2027". */
  dateText: string;
  status: ActionStatus;
  statusLabel: string;
  measureMet: MeasureMet | null;
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
    measureLabel: review.measureMet ? MEASURE_MET_LABELS[review.measureMet] : MEASURE_NOT_SAID,
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

