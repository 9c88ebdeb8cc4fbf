/** When the plan will be looked at again, and by whom: the accountability the seed action plan asks for. */
export interface PlanReview {
  id: string;
  auditId: string;
  /** A date (yyyy-mm-dd) or a term such as "Summer 2027". */
  when: string;
  /** Who reviews the plan, e.g. "Full governing body". */
  who: string;
  /** What the review found, once it has happened. */
  note: string;
  createdAt: number;
  updatedAt: number;
}

export type ReviewFields = Pick<PlanReview, 'when' | 'who' | 'note'>;

export const EDITABLE_REVIEW_FIELDS = ['when', 'who', 'note'] as const;

export function compareReviews(a: PlanReview, b: PlanReview): number {
  return a.createdAt - b.createdAt || a.id.localeCompare(b.id);
}
