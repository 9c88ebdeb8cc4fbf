/**
 * The one place that defines the IndexedDB schema. Table and index names are
 * stored on users' machines: never rename or remove one without a new version
 * and an upgrade function (and a test that opens the previous version).
 *
 * The migration ladder. Version 1 has no upgrade: it is the first. To add version 2:
 *  1. Leave `this.version(1)` exactly as it is; Dexie needs every version that has an upgrade.
 *  2. Below it add `this.version(2).stores({ …only the tables that change… }).upgrade(async (tx) => { … })`,
 *     rewriting old records in place (e.g. `tx.table('audits').toCollection().modify(…)`); never drop data.
 *  3. In tests/storage/migrations.test.ts add a case that loads tests/fixtures/db-v1.json into a
 *     version-1 database, opens it with this class and checks every record arrived, upgraded.
 *  4. Commit tests/fixtures/db-v2.json (a dump of a version-2 database, same shape) for version 3's test,
 *     and bump BACKUP_SCHEMA_VERSION if backups change shape.
 * Until version 1 ships, tables may still be added to it; then extend tests/fixtures/db-v1.json.
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

/** Small facts about this device (e.g. when the last backup was made). Not part of a backup. */
export interface StoredSetting {
  key: string;
  value: unknown;
}

export class ReflectDatabase extends Dexie {
  audits!: Table<Audit, string>;
  answers!: Table<Answer, [string, string]>;
  reflections!: Table<Reflection, [string, string]>;
  actions!: Table<PlanAction, string>;
  planReviews!: Table<PlanReview, string>;
  toolkits!: Table<StoredToolkit, [string, string]>;
  settings!: Table<StoredSetting, string>;

  constructor(name = DATABASE_NAME, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      audits: 'id, toolkitId, updatedAt',
      answers: '[auditId+indicatorId], auditId',
      reflections: '[auditId+domainId], auditId',
      actions: 'id, auditId',
      planReviews: 'id, auditId',
      toolkits: '[id+version]',
      settings: 'key',
    });
  }
}
