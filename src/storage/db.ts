/**
 * The one place that defines the IndexedDB schema. Table and index names are
 * stored on users' machines: never rename or remove one without a new version
 * and an upgrade function (and a test that opens the previous version).
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Answer, Audit, PlanAction, Reflection } from '../core/audit';
import type { PlanReview } from '../core/plan-reviews';
import type { Toolkit } from '../core/toolkit-schema';

export const DATABASE_NAME = 'reflect';

/** The definition an audit was made with, kept so old audits open after a toolkit file changes. */
export interface StoredToolkit {
  id: string;
  version: string;
  definition: Toolkit;
  storedAt: number;
}

/**
 * Every table whose rows belong to one audit (indexed by `auditId`). Deleting,
 * restoring and backing up an audit go through this list, so a new table
 * keyed by audit must be added here or its rows would be left behind.
 */
export const AUDIT_OWNED_TABLES = ['answers', 'reflections', 'actions', 'planReviews'] as const;
export type AuditOwnedTable = (typeof AUDIT_OWNED_TABLES)[number];

export class ReflectDatabase extends Dexie {
  audits!: Table<Audit, string>;
  answers!: Table<Answer, [string, string]>;
  reflections!: Table<Reflection, [string, string]>;
  actions!: Table<PlanAction, string>;
  planReviews!: Table<PlanReview, string>;
  toolkits!: Table<StoredToolkit, [string, string]>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      audits: 'id, toolkitId, updatedAt',
      answers: '[auditId+indicatorId], auditId',
      reflections: '[auditId+domainId], auditId',
      actions: 'id, auditId',
      planReviews: 'id, auditId',
      toolkits: '[id+version]',
    });
  }
}
