/**
 * Export and import of backups. An import is one transaction over every
 * table: either the whole file lands, or nothing changes.
 */
import { buildBackup } from '../core/backup-build';
import { planImport, type ConflictChoices, type ExistingRecords } from '../core/backup-import-plan';
import type { Backup, BackupRecords } from '../core/backup-schema';
import type { BackupReminderState } from '../core/backup-reminder';
import { APP_VERSION } from '../core/app-version';
import { AUDIT_OWNED_TABLES, ReflectDatabase, type AuditOwnedTable } from './db';
import { guard, toStorageError } from './storage-error';
import { getStore } from './store';

/** Tables that describe this device rather than a school's work; never in a backup. Every other table must be. */
export const DEVICE_ONLY_TABLES = ['settings'] as const;

/** The rows an audit owns, as a backup holds them. A table added to AUDIT_OWNED_TABLES but not to backups fails to compile here. */
type AuditOwnedRecords = Pick<BackupRecords, AuditOwnedTable>;

const LAST_BACKUP_AT = 'lastBackupAt';
const REMINDER_SNOOZED_AT = 'backupReminderSnoozedAt';

export interface ImportCounts {
  audits: number;
  answers: number;
  reflections: number;
  actions: number;
  planReviews: number;
  toolkits: number;
  replaced: number;
}

/** The device changed between showing the file's conflicts and importing it (e.g. another tab). */
export class ImportConflictError extends Error {
  readonly unresolvedAuditIds: string[];
  constructor(unresolvedAuditIds: string[]) {
    super('Something on this device changed while you were checking the file, so nothing was imported. Check the file again.');
    this.name = 'ImportConflictError';
    this.unresolvedAuditIds = unresolvedAuditIds;
  }
}

export class BackupStore {
  readonly db: ReflectDatabase;
  private readonly now: () => number;
  private readonly newId: () => string;
  private readonly appVersion: string;

  constructor(db: ReflectDatabase, options: { appVersion: string; now?: () => number; newId?: () => string }) {
    this.db = db;
    this.appVersion = options.appVersion;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  private get dataTables() {
    return [this.db.audits, ...AUDIT_OWNED_TABLES.map((name) => this.db.table(name)), this.db.toolkits];
  }

  /** Every row of each table an audit owns, or only the rows of one audit. */
  private async readOwned(auditId?: string): Promise<AuditOwnedRecords> {
    const entries: Array<[AuditOwnedTable, unknown[]]> = [];
    for (const name of AUDIT_OWNED_TABLES) {
      const table = this.db.table(name);
      entries.push([name, await (auditId === undefined ? table.toArray() : table.where('auditId').equals(auditId).toArray())]);
    }
    return Object.fromEntries(entries) as AuditOwnedRecords;
  }

  /** Every audit, answer, reflection, action, review date and stored toolkit, read in one transaction so the copy is consistent. */
  exportEverything(): Promise<Backup> {
    return guard(() =>
      this.db.transaction('r', this.dataTables, async () => {
        const records: BackupRecords = {
          audits: await this.db.audits.toArray(),
          ...(await this.readOwned()),
          toolkits: await this.db.toolkits.toArray(),
        };
        return buildBackup(records, this.appVersion, new Date(this.now()));
      }),
    );
  }

  /** One audit with its answers, reflections, plan (actions and review dates) and the toolkit it was made with. Resolves to undefined if there is no such audit. */
  exportAudit(auditId: string): Promise<Backup | undefined> {
    return guard(() =>
      this.db.transaction('r', this.dataTables, async () => {
        const audit = await this.db.audits.get(auditId);
        if (!audit) return undefined;
        const toolkit = await this.db.toolkits.get([audit.toolkitId, audit.toolkitVersion]);
        const records: BackupRecords = {
          audits: [audit],
          ...(await this.readOwned(auditId)),
          toolkits: toolkit ? [toolkit] : [],
        };
        return buildBackup(records, this.appVersion, new Date(this.now()));
      }),
    );
  }

  /** What an import has to compare against. */
  readExisting(): Promise<ExistingRecords> {
    return guard(() => this.db.transaction('r', [this.db.audits, this.db.actions, this.db.planReviews, this.db.toolkits], () => this.readExistingInTransaction()));
  }

  private async readExistingInTransaction(): Promise<ExistingRecords> {
    const audits = await this.db.audits.toArray();
    const actions = await this.db.actions.toArray();
    const planReviews = await this.db.planReviews.toArray();
    return {
      audits: audits.map(({ id, title, school, updatedAt }) => ({ id, title, school, updatedAt })),
      actions: actions.map(({ id, auditId }) => ({ id, auditId })),
      planReviews: planReviews.map(({ id, auditId }) => ({ id, auditId })),
      toolkits: await this.db.toolkits.toArray(),
    };
  }

  /**
   * Imports a checked backup in one transaction. Conflicts are worked out
   * again inside it, against what is stored at that moment; any failure
   * (a conflict without a choice, a full disk) rolls back everything.
   */
  async importBackup(backup: Backup, choices: ConflictChoices): Promise<ImportCounts> {
    try {
      return await this.db.transaction('rw', [...this.dataTables, this.db.settings], async () => {
        const existing = await this.readExistingInTransaction();
        const result = planImport(backup, existing, choices, this.newId);
        if (!result.ok) throw new ImportConflictError(result.unresolvedAuditIds);
        const { replaceAuditIds, records } = result.plan;
        if (replaceAuditIds.length > 0) {
          for (const name of AUDIT_OWNED_TABLES) await this.db.table(name).where('auditId').anyOf(replaceAuditIds).delete();
          await this.db.audits.bulkDelete(replaceAuditIds);
        }
        // bulkAdd, not bulkPut: a key that is somehow still taken aborts the import instead of overwriting.
        await this.db.toolkits.bulkAdd(records.toolkits);
        await this.db.audits.bulkAdd(records.audits);
        for (const name of AUDIT_OWNED_TABLES) await this.db.table(name).bulkAdd(records[name]);
        // Restoring onto an empty device: everything here is now exactly what the file holds, so no reminder until there is new work.
        if (existing.audits.length === 0 && records.audits.length > 0) await this.recordBackupAt(Date.parse(backup.exportedAt));
        return {
          audits: records.audits.length,
          answers: records.answers.length,
          reflections: records.reflections.length,
          actions: records.actions.length,
          planReviews: records.planReviews.length,
          toolkits: records.toolkits.length,
          replaced: replaceAuditIds.length,
        };
      });
    } catch (error) {
      throw error instanceof ImportConflictError ? error : toStorageError(error);
    }
  }

  recordBackupMade(): Promise<void> {
    return guard(() => this.recordBackupAt(this.now()));
  }

  /** Never moves the last backup time backwards. */
  private async recordBackupAt(time: number): Promise<void> {
    await this.db.transaction('rw', this.db.settings, async () => {
      const last = await this.readTime(LAST_BACKUP_AT);
      if (last === null || time > last) await this.db.settings.put({ key: LAST_BACKUP_AT, value: time });
    });
  }

  snoozeReminder(): Promise<void> {
    return guard(async () => {
      await this.db.settings.put({ key: REMINDER_SNOOZED_AT, value: this.now() });
    });
  }

  /** When the last full backup was made on this device; null if never. */
  readLastBackupAt(): Promise<number | null> {
    return guard(() => this.readTime(LAST_BACKUP_AT));
  }

  /** When the last backup was made, and how much has changed since. */
  readReminderState(): Promise<BackupReminderState> {
    return guard(() =>
      this.db.transaction('r', [...this.dataTables, this.db.settings], async () => {
        const lastBackupAt = await this.readTime(LAST_BACKUP_AT);
        const since = lastBackupAt ?? -1;
        const counts = await Promise.all([
          this.db.audits.filter((audit) => audit.createdAt > since).count(),
          this.db.answers.filter((answer) => answer.updatedAt > since).count(),
          this.db.reflections.filter((reflection) => reflection.updatedAt > since).count(),
          this.db.actions.filter((action) => action.updatedAt > since).count(),
          this.db.planReviews.filter((review) => review.updatedAt > since).count(),
        ]);
        return {
          lastBackupAt,
          snoozedAt: await this.readTime(REMINDER_SNOOZED_AT),
          changesSinceBackup: counts.reduce((sum, count) => sum + count, 0),
        };
      }),
    );
  }

  private async readTime(key: string): Promise<number | null> {
    const value = (await this.db.settings.get(key))?.value;
    return typeof value === 'number' ? value : null;
  }
}

let backupStore: BackupStore | undefined;

/** The app's backup store, on the same database connection as getStore(). */
export function getBackupStore(): BackupStore {
  backupStore ??= new BackupStore(getStore().db, { appVersion: APP_VERSION });
  return backupStore;
}
