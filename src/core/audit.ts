/** The records a school creates. Stored by src/storage; shaped here so core can reason about them. */

export const NOT_APPLICABLE = 'n/a';

/** A rating: a level value on the toolkit's scale, "not applicable", or not answered yet (null). */
export type Rating = number | typeof NOT_APPLICABLE | null;

export type AuditStatus = 'in-progress' | 'complete';

export interface Audit {
  id: string;
  toolkitId: string;
  toolkitVersion: string;
  school: string;
  title: string;
  /** The date the self-evaluation took place, yyyy-mm-dd. */
  date: string;
  participants: string;
  status: AuditStatus;
  createdAt: number;
  updatedAt: number;
}

export interface Answer {
  auditId: string;
  indicatorId: string;
  rating: Rating;
  note: string;
  updatedAt: number;
}

export type AnswersByIndicator = Readonly<Record<string, Pick<Answer, 'rating' | 'note'> | undefined>>;
