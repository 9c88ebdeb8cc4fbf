/**
 * The registry of record kinds: every table whose rows belong to one audit,
 * declared once. Deleting and purging an audit, backing it up and restoring
 * it, the backup reminder, loading a plan, starting the next review and the
 * migration fixture check all walk this list (see audit-records.ts), so a new
 * kind of record is one entry here, plus a Dexie version in db.ts with its
 * upgrade and fixture, plus its backup rules in src/core/backup-tables.ts
 * (this file does not compile until those agree).
 *
 * NEVER RENAME A TABLE OR CHANGE A KEY HERE WITHOUT A NEW DEXIE VERSION AND
 * UPGRADE IN db.ts: the names are stored on users' machines and in their
 * backup files.
 */
import type { AuditOwnedTable, OWNED_TABLE_RULES, OwnIdTable } from '../core/backup-tables';

export interface RecordKind {
  /** The primary key, as Dexie writes it; db.ts must declare exactly this (a test checks). */
  key: string;
  /** The field naming the audit a row belongs to; indexed, so an audit's rows are found without a scan. */
  owner: 'auditId';
  /** What "start the next review from this one" does with the rows: copy them (through copyForward) or start afresh. */
  nextReview: 'copied' | 'not-copied';
  /** How an imported row gets a free key (see ImportKey in core/backup-tables.ts). */
  backupKey: 'follows-audit' | 'own-id';
  /** The time a row last changed: the backup reminder counts rows changed since the last backup. */
  changedAt: 'updatedAt';
}

export const RECORD_KINDS = {
  answers: { key: '[auditId+indicatorId]', owner: 'auditId', nextReview: 'copied', backupKey: 'follows-audit', changedAt: 'updatedAt' },
  reflections: { key: '[auditId+domainId]', owner: 'auditId', nextReview: 'copied', backupKey: 'follows-audit', changedAt: 'updatedAt' },
  // A plan and its review dates belong to one review; the next review agrees its own. The unfinished
  // actions the person chooses are carried into it (core/carry-forward.ts), as new actions linked back.
  actions: { key: 'id', owner: 'auditId', nextReview: 'not-copied', backupKey: 'own-id', changedAt: 'updatedAt' },
  // Unfinished actions are offered for the next plan (carried forward, linked); their reviews stay with the plan they reviewed.
  actionReviews: { key: 'id', owner: 'auditId', nextReview: 'not-copied', backupKey: 'own-id', changedAt: 'updatedAt' },
  planReviews: { key: 'id', owner: 'auditId', nextReview: 'not-copied', backupKey: 'own-id', changedAt: 'updatedAt' },
  // A team, its answers and what it agreed belong to one review; the next review asks afresh.
  respondents: { key: '[auditId+id]', owner: 'auditId', nextReview: 'not-copied', backupKey: 'follows-audit', changedAt: 'updatedAt' },
  responses: { key: '[auditId+respondentId+indicatorId]', owner: 'auditId', nextReview: 'not-copied', backupKey: 'follows-audit', changedAt: 'updatedAt' },
  agreedRatings: { key: '[auditId+indicatorId]', owner: 'auditId', nextReview: 'not-copied', backupKey: 'follows-audit', changedAt: 'updatedAt' },
  voiceAnswers: { key: 'id', owner: 'auditId', nextReview: 'not-copied', backupKey: 'own-id', changedAt: 'updatedAt' },
  // Checked by the compiler: the same tables as core's list, each with the same import rule.
} as const satisfies { [K in AuditOwnedTable]: RecordKind & { backupKey: (typeof OWNED_TABLE_RULES)[K]['importKey'] } };

export type RecordKindName = keyof typeof RECORD_KINDS;

/** Every kind, in the order backups write them. */
export const RECORD_KIND_NAMES = Object.keys(RECORD_KINDS) as RecordKindName[];

/** The kinds copied into a next review. */
export type CopiedKind = { [K in RecordKindName]: (typeof RECORD_KINDS)[K]['nextReview'] extends 'copied' ? K : never }[RecordKindName];
export const COPIED_KINDS = RECORD_KIND_NAMES.filter((name): name is CopiedKind => RECORD_KINDS[name].nextReview === 'copied');


/** The kinds whose rows have an id of their own, which an import must not reuse while it is taken. */
export const OWN_ID_KINDS = RECORD_KIND_NAMES.filter((name): name is OwnIdTable => RECORD_KINDS[name].backupKey === 'own-id');
