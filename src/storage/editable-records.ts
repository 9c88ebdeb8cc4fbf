/**
 * Every kind of record people edit, in one table: where its rows live, how
 * the row an edit changes is found, and what each field may hold (checked
 * when an edit is saved and when a journal is read back). The edit store,
 * the autosaver and the journal read only this table, so a new editable
 * record kind is one entry here and one in core's `EditableValues` (and, for
 * a new table, its entry in the registry of record kinds, record-kinds.ts,
 * which says who owns its rows).
 */
import { NOT_APPLICABLE, type Rating } from '../core/audit';
import type { EditField, EditKind, EditableValues } from '../core/audit-edit';
import { isMeasureMetOrNull } from '../core/action-reviews';
import { isActionStatus } from '../core/plan-actions';
import { checkPriorityDomains } from '../core/priority-domains';
import type { Respondent } from '../core/team';
import { readResponseRecordId, refuseResponseEdit, type ResponseEditRefusal } from '../core/team-response-edit';
import type { Toolkit } from '../core/toolkit-schema';
import type { IndexableType } from 'dexie';
import { RECORD_KINDS, type RecordKindName } from './record-kinds';

type Check<V> = (value: unknown) => value is V;

export type ToolkitCheck<V> = (toolkit: Toolkit, value: V) => { ok: true; value: V } | { ok: false; message: string };

interface EditableRecord<K extends EditKind> {
  /** The Dexie table its rows live in: a kind in the registry of record kinds, or the audits themselves. */
  table: RecordKindName | 'audits';
  /** The row's primary key (see the registry), from the audit and the edit's `recordId`. */
  key: (auditId: string, recordId: string) => IndexableType;
  /**
   * The row made on a record's first edit (answers and reflections appear
   * when first written). Kinds without one must already exist.
   */
  blank?: (auditId: string, recordId: string) => Record<string, unknown>;
  /** Said when the row is gone (deleted, perhaps in another tab); the edits are dropped. */
  missing: string;
  /** What each field may hold. */
  fields: { [F in EditField<K>]: Check<EditableValues[K][F]> };
  /** Checks that need the audit's toolkit; they may also tidy the value (priority areas in toolkit order). */
  toolkitChecks?: { [F in EditField<K>]?: ToolkitCheck<EditableValues[K][F]> };
  /**
   * Another row that must allow the edit, read in the same transaction as the
   * write. A response belongs to a person, and only someone rating in turn on
   * this device (still on the list, not finished) may have theirs changed
   * here: the check needs their row, which neither the edit nor the toolkit
   * carries, so the save path reads it through this.
   */
  permit?: {
    table: RecordKindName;
    /** The row's key, or null when the edit's `recordId` cannot name one (then the edit is refused). */
    key: (auditId: string, recordId: string) => IndexableType | null;
    refuse: (row: Record<string, unknown> | undefined) => ResponseEditRefusal | null;
  };
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isTextOrNull = (value: unknown): value is string | null => value === null || isText(value);
const isRating = (value: unknown): value is Rating => value === null || value === NOT_APPLICABLE || (typeof value === 'number' && Number.isInteger(value));
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isText);
const AUDIT_MISSING = 'That audit could not be found. It may have been deleted.';

export const EDITABLE_RECORDS: { readonly [K in EditKind]: EditableRecord<K> } = {
  answer: {
    table: 'answers',
    key: (auditId, indicatorId) => [auditId, indicatorId],
    blank: (auditId, indicatorId) => ({ auditId, indicatorId, rating: null, note: '' }),
    missing: AUDIT_MISSING,
    fields: { rating: isRating, note: isText },
  },
  reflection: {
    table: 'reflections',
    key: (auditId, domainId) => [auditId, domainId],
    blank: (auditId, domainId) => ({ auditId, domainId, workingWell: '', evenBetterIf: '' }),
    missing: AUDIT_MISSING,
    fields: { workingWell: isText, evenBetterIf: isText },
  },
  action: {
    table: 'actions',
    key: (_auditId, actionId) => actionId,
    missing: 'That action could not be found. It may have been deleted in another tab.',
    fields: {
      action: isText,
      successMeasure: isText,
      lead: isText,
      targetDate: isText,
      status: isActionStatus,
      progressNote: isText,
      domainId: isTextOrNull,
    },
  },
  review: {
    table: 'planReviews',
    key: (_auditId, reviewId) => reviewId,
    missing: 'That progress check could not be found. It may have been deleted in another tab.',
    fields: { when: isText, who: isText, note: isText },
  },
  actionReview: {
    table: 'actionReviews',
    key: (_auditId, reviewId) => reviewId,
    missing: 'That review could not be found. It may have been taken back in another tab.',
    fields: { status: isActionStatus, measureMet: isMeasureMetOrNull, note: isText, evidence: isText },
  },
  agreement: {
    table: 'agreedRatings',
    key: (auditId, indicatorId) => [auditId, indicatorId],
    blank: (auditId, indicatorId) => ({ auditId, indicatorId, rating: null, reason: '' }),
    missing: AUDIT_MISSING,
    fields: { rating: isRating, reason: isText },
  },
  response: {
    table: 'responses',
    // An id that names no respondent is refused by `permit` before its row is used.
    key: (auditId, recordId) => {
      const named = readResponseRecordId(recordId);
      return [auditId, named?.respondentId ?? '', named?.indicatorId ?? ''];
    },
    blank: (auditId, recordId) => ({ auditId, ...readResponseRecordId(recordId), rating: null, note: '' }),
    missing: AUDIT_MISSING,
    fields: { rating: isRating, note: isText },
    permit: {
      table: 'respondents',
      key: (auditId, recordId) => {
        const named = readResponseRecordId(recordId);
        return named && [auditId, named.respondentId];
      },
      refuse: (row) => refuseResponseEdit(row as Respondent | undefined),
    },
  },
  respondent: {
    table: 'respondents',
    key: (auditId, respondentId) => [auditId, respondentId],
    missing: 'That person could not be found. They may have been removed in another tab.',
    fields: { name: isText, groupId: isText },
  },
  audit: {
    table: 'audits',
    key: (auditId) => auditId,
    missing: AUDIT_MISSING,
    fields: { priorityDomainIds: isTextList },
    toolkitChecks: {
      priorityDomainIds: (toolkit, domainIds) => {
        const checked = checkPriorityDomains(toolkit, domainIds);
        return checked.ok ? { ok: true, value: checked.domainIds } : checked;
      },
    },
  },
};

export function isEditKind(kind: unknown): kind is EditKind {
  return typeof kind === 'string' && Object.hasOwn(EDITABLE_RECORDS, kind);
}

/** The field's check, or undefined for a field people cannot edit (or one that is not a field at all, such as `__proto__`). */
export function fieldCheck(kind: EditKind, field: unknown): Check<unknown> | undefined {
  const fields = EDITABLE_RECORDS[kind].fields as Record<string, Check<unknown>>;
  return typeof field === 'string' && Object.hasOwn(fields, field) ? fields[field] : undefined;
}

export function toolkitCheck(kind: EditKind, field: string): ToolkitCheck<unknown> | undefined {
  const checks = EDITABLE_RECORDS[kind].toolkitChecks as Record<string, ToolkitCheck<unknown>> | undefined;
  return checks && Object.hasOwn(checks, field) ? checks[field] : undefined;
}

/** The audit a stored row belongs to (the registry names the field), so that an edit never reaches another audit's row. */
export function rowAuditId(kind: EditKind, row: Record<string, unknown>): unknown {
  const { table } = EDITABLE_RECORDS[kind];
  return table === 'audits' ? row.id : row[RECORD_KINDS[table].owner];
}
