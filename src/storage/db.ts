/**
 * The one place that defines the IndexedDB schema. Table and index names are
 * stored on users' machines: never rename or remove one without a new version
 * and an upgrade function (and a test that opens the previous version).
 *
 * The migration ladder. Every version after the first has an upgrade. To add version n + 1:
 *  1. Leave every earlier `this.version(…)` exactly as it is; Dexie needs every version that has an upgrade.
 *  2. Below them add `this.version(n + 1).stores({ …only the tables that change… }).upgrade(async (tx) => { … })`,
 *     rewriting old records in place (e.g. `tx.table('audits').toCollection().modify(…)`); never drop data.
 *     A new kind of record an audit owns is also an entry in record-kinds.ts.
 *  3. In tests/storage/migrations.test.ts say what opening each older fixture now does to its records
 *     (EXPECTED_AFTER_OPENING), and add that version's identity entry.
 *  4. Commit tests/fixtures/db-v<n + 1>.json (a dump of the new version, same shape, every table and kind
 *     with records) for the next version's test, and bump BACKUP_SCHEMA_VERSION if backups change shape.
 *
 * Versions: 1 the first. 2 audits gain `deletedAt` (a deleted audit is kept, restorable, for a while),
 * indexed so that the deleted ones are found without reading every audit. 3 no new shape: each plan's
 * actions are renumbered in the order the plan showed them (by section, priorities first), as the plan
 * is now ordered as a whole by `order` alone and must not change on screen. 4 team self-evaluation:
 * respondents, their responses, agreed ratings and kiosk answer sets (new tables, nothing to rewrite).
 * 5 the plan through the year: each action's dated reviews (a new table, indexed by action for its
 * history; nothing to rewrite: `carriedFrom` on a carried-forward action is optional). 6 the local-authority
 * view: the school summaries a council imports (a new table, kept apart from the audits and not one of the
 * kinds an audit owns; nothing to rewrite).
 */
import Dexie, { type DexieOptions, type Table } from 'dexie';
import type { Audit, PlanAction } from '../core/audit';
import type { AuditOwnedRows } from '../core/backup-tables';
import type { ImportedSummary } from '../core/imported-summary';
import { orderBySection } from '../core/plan-groups';
import { renumber, sortPlan } from '../core/plan-order';
import type { ToolkitOrigin } from '../core/toolkit-catalogue';
import type { Toolkit } from '../core/toolkit-schema';

export const DATABASE_NAME = 'reflect';

/** The definition an audit was made with, kept so old audits open after a toolkit file changes. */
export interface StoredToolkit {
  id: string;
  version: string;
  definition: Toolkit;
  storedAt: number;
  /** How it came to this device; rows kept before this was recorded have none. Not part of a backup: restored rows came with the backup. */
  origin?: ToolkitOrigin;
}

/** Small facts about this device (e.g. when the last backup was made). Not part of a backup. */
export interface StoredSetting {
  key: string;
  value: unknown;
}

export class ReflectDatabase extends Dexie {
  audits!: Table<Audit, string>;
  // The tables an audit owns: see record-kinds.ts.
  answers!: Table<AuditOwnedRows['answers'], [string, string]>;
  reflections!: Table<AuditOwnedRows['reflections'], [string, string]>;
  actions!: Table<AuditOwnedRows['actions'], string>;
  actionReviews!: Table<AuditOwnedRows['actionReviews'], string>;
  planReviews!: Table<AuditOwnedRows['planReviews'], string>;
  respondents!: Table<AuditOwnedRows['respondents'], [string, string]>;
  responses!: Table<AuditOwnedRows['responses'], [string, string, string]>;
  agreedRatings!: Table<AuditOwnedRows['agreedRatings'], [string, string]>;
  voiceAnswers!: Table<AuditOwnedRows['voiceAnswers'], string>;
  toolkits!: Table<StoredToolkit, [string, string]>;
  settings!: Table<StoredSetting, string>;
  /** Other schools' summaries, imported by a council: never a school's own records (see imported-summary.ts). */
  schoolSummaries!: Table<ImportedSummary, string>;

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
    this.version(2)
      .stores({ audits: 'id, toolkitId, updatedAt, deletedAt' })
      .upgrade((tx) =>
        tx
          .table('audits')
          .toCollection()
          .modify((audit: Partial<Audit>) => {
            // Every audit a version-1 database holds is in use. (null is not indexed, so only deleted ones are in the index.)
            audit.deletedAt = null;
          }),
      );
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        for (const audit of (await tx.table('audits').toArray()) as Audit[]) {
          const stored = (await tx.table('toolkits').get([audit.toolkitId, audit.toolkitVersion])) as StoredToolkit | undefined;
          // Without its toolkit the plan could not be shown at all, so there is no order to keep.
          if (!stored) continue;
          const actions = (await tx.table('actions').where('auditId').equals(audit.id).toArray()) as PlanAction[];
          const changes = renumber(orderBySection(stored.definition, audit.priorityDomainIds, sortPlan(actions)));
          await tx.table('actions').bulkUpdate(changes.map(({ id, order }) => ({ key: id, changes: { order } })));
        }
      });
    this.version(4)
      .stores({
        respondents: '[auditId+id], auditId',
        responses: '[auditId+respondentId+indicatorId], auditId, [auditId+respondentId]',
        agreedRatings: '[auditId+indicatorId], auditId',
        voiceAnswers: 'id, auditId',
      })
      // New tables only: every audit a version-3 database holds is one person's, as before.
      .upgrade(() => undefined);
    this.version(5)
      .stores({ actionReviews: 'id, auditId, actionId' })
      // A new table only: every action made before now was its own plan's.
      .upgrade(() => undefined);
    this.version(6)
      .stores({ schoolSummaries: 'selfEvaluationId, schoolKey, [toolkitId+toolkitVersion]' })
      // A new table only: no database before this one held a council's summaries.
      .upgrade(() => undefined);
  }
}
