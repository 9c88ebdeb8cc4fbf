/**
 * One field changed by a person: the unit that autosave queues, journals and
 * writes, for every record an audit owns that people edit (answers,
 * reflections, plan actions, review dates, and the audit's own priority
 * areas). Edits are per field, not per row, so that two tabs changing
 * different fields of the same record never overwrite each other.
 */
import type { Answer, Audit, PlanAction, Reflection } from './audit';
import type { ActionReviewFields } from './action-reviews';
import type { EditableActionField } from './plan-actions';
import type { ReviewFields } from './plan-reviews';
import type { AgreedRating, Respondent, TeamAnswer } from './team';

export type ReflectionField = 'workingWell' | 'evenBetterIf';

/** Each kind of record people edit, the fields they edit, and the type of each field's value. */
export interface EditableValues {
  /** One per indicator; `recordId` is the indicator's id. */
  answer: Pick<Answer, 'rating' | 'note'>;
  /** One per domain; `recordId` is the domain's id. */
  reflection: Pick<Reflection, ReflectionField>;
  /** `recordId` is the action's id. */
  action: Pick<PlanAction, EditableActionField>;
  /** `recordId` is the review date's id. */
  review: ReviewFields;
  /** One review of one action; `recordId` is the review's id. */
  actionReview: ActionReviewFields;
  /** The level the team agreed for a statement, and why; `recordId` is the statement's id. */
  agreement: Pick<AgreedRating, 'rating' | 'reason'>;
  /**
   * One respondent's answer to a statement, given in turn on this device; `recordId` names both
   * (`responseRecordId` in team-response-edit.ts).
   */
  response: Pick<TeamAnswer, 'rating' | 'note'>;
  /** A person asked to rate; `recordId` is their id. */
  respondent: Pick<Respondent, 'name' | 'groupId'>;
  /** The audit itself; `recordId` is the audit's id. */
  audit: Pick<Audit, 'priorityDomainIds'>;
}

export type EditKind = keyof EditableValues;
export type EditField<K extends EditKind> = keyof EditableValues[K] & string;
export type EditValue = EditableValues[EditKind][keyof EditableValues[EditKind]];

interface EditOf<K extends EditKind, F extends EditField<K>> {
  kind: K;
  recordId: string;
  field: F;
  value: EditableValues[K][F];
  /**
   * The stored value this edit replaces, as this tab last saw it. Replaying a
   * journal uses it to tell "nobody else touched this field" from a conflict.
   */
  base: EditableValues[K][F];
  /** When the person made the edit (ms since the epoch). */
  editedAt: number;
}

/** Every possible edit, one member per kind and field, so a value always has its field's type. */
export type AuditEdit = { [K in EditKind]: { [F in EditField<K>]: EditOf<K, F> }[EditField<K>] }[EditKind];

/** The stored field an edit changes. */
export interface EditTarget {
  kind: EditKind;
  recordId: string;
  field: string;
}

export function makeEdit<K extends EditKind, F extends EditField<K>>(
  kind: K,
  recordId: string,
  field: F,
  value: EditableValues[K][F],
  base: EditableValues[K][F],
  editedAt: number,
): AuditEdit {
  return { kind, recordId, field, value, base, editedAt } as EditOf<K, F> as AuditEdit;
}

/** The record an edit belongs to, within its audit. */
export function recordKey(target: Pick<EditTarget, 'kind' | 'recordId'>): string {
  return `${target.kind}:${target.recordId}`;
}

/** Two edits with the same key change the same stored field: the later one wins. */
export function editKey(target: EditTarget): string {
  return `${recordKey(target)}:${target.field}`;
}

/** Stored values are plain data: text, numbers, null, or lists of them (priority areas), compared by value. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => sameValue(item, b[index]));
  return a === b;
}

/**
 * Whether an edit that never reached storage should still be applied when it
 * is found later (in the journal of a page that closed too soon). It applies
 * unless someone else changed the same field after it was made. A row's
 * `updatedAt` covers all its fields (for the audit, everything it owns), so
 * a later change to another field makes this check fall back on `base`:
 * cautious, never overwriting.
 */
export function shouldReplay(edit: AuditEdit, stored: { value: unknown; updatedAt: number } | undefined): boolean {
  if (!stored) return true;
  if (sameValue(stored.value, edit.value)) return false;
  return sameValue(stored.value, edit.base) || stored.updatedAt <= edit.editedAt;
}

/** What the one save path reports to the screens. */
export type SaveStatus =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  /** `canRetry` is false when trying again cannot help: the record is gone, or the value was refused. */
  | { state: 'failed'; message: string; canRetry: boolean };
