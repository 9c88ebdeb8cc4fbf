/**
 * Export and import of backups. An import is one transaction over every
 * table: either the whole file lands, or nothing changes.
 */
import { buildBackup } from '../core/backup-build';
import { countRecords, planImport, type BackupCounts, type ConflictChoices, type ExistingRecords } from '../core/backup-import-plan';
import type { BackupError } from '../core/backup-parse';
import type { Backup, BackupRecords, StoredToolkitRecord } from '../core/backup-schema';
import type { BackupReminderState } from '../core/backup-reminder';
import { APP_VERSION } from '../core/app-version';
import { addOwnedRecords, countChangedSince, deleteOwnedRecords, ownedTables, readOwnedRecords } from './audit-records';
import { isInUse } from './audits-in-use';
import { ReflectDatabase, type StoredToolkit } from './db';
import { OWN_ID_KINDS } from './record-kinds';
import { RefusedError, guard } from './storage-error';
import { getStore } from './store';

/**
 * Tables that are not a school's own work; never in a backup. Every other table must be. The
 * summaries a council imported are other schools' data: a backup is handed on (to a new laptop, a
 * colleague), and should carry only this school's work. The council keeps the files schools sent,
 * and importing them again takes seconds.
 */
export const DEVICE_ONLY_TABLES = ['settings', 'schoolSummaries'] as const;

/** A backup carries the definition, not how it came to this device: on the device it is restored to, it came with the backup. */
function toBackupRow({ id, version, definition, storedAt }: StoredToolkit): StoredToolkitRecord {
  return { id, version, definition, storedAt };
}

const LAST_BACKUP_AT = 'lastBackupAt';
const REMINDER_SNOOZED_AT = 'backupReminderSnoozedAt';

/** How many records of each table were restored, and how many audits on this device the file's copies replaced. */
export type ImportCounts = BackupCounts & { replaced: number };

/** Leaves out deleted audits (in "Recently deleted") unless asked for them. */
export interface ExportOptions {
  includeDeleted?: boolean;
}

/** The device changed between showing the file's conflicts and importing it (e.g. another tab). */
export class ImportConflictError extends RefusedError {
  readonly unresolvedAuditIds: string[];
  constructor(unresolvedAuditIds: string[]) {
    super('Something on this device changed while you were checking the file, so nothing was imported. Check the file again.');
    this.name = 'ImportConflictError';
    this.unresolvedAuditIds = unresolvedAuditIds;
  }
}

/** The file cannot be imported against what this device holds (e.g. a toolkit with the same version and other content). */
export class ImportRefusedError extends RefusedError {
  readonly problem: BackupError;
  constructor(problem: BackupError) {
    super(problem.message);
    this.name = 'ImportRefusedError';
    this.problem = problem;
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
    return [this.db.audits, ...ownedTables(this.db), this.db.toolkits];
  }

  /** Every audit in use (and the deleted ones if asked), with everything they own and every stored toolkit, read in one transaction so the copy is consistent. */
  exportEverything(options: ExportOptions = {}): Promise<Backup> {
    return guard(() =>
      this.db.transaction('r', this.dataTables, async () => {
        const audits = (await this.db.audits.toArray()).filter((audit) => options.includeDeleted || isInUse(audit));
        const records: BackupRecords = {
          audits,
          ...(await readOwnedRecords(this.db, audits.map((audit) => audit.id))),
          toolkits: (await this.db.toolkits.toArray()).map(toBackupRow),
        };
        return buildBackup(records, this.appVersion, new Date(this.now()));
      }),
    );
  }

  /** One audit with everything it owns and the toolkit it was made with. Resolves to undefined if there is no such audit (or it is deleted, unless asked). */
  exportAudit(auditId: string, options: ExportOptions = {}): Promise<Backup | undefined> {
    return guard(() =>
      this.db.transaction('r', this.dataTables, async () => {
        const audit = await this.db.audits.get(auditId);
        if (!audit || !(options.includeDeleted || isInUse(audit))) return undefined;
        const toolkit = await this.db.toolkits.get([audit.toolkitId, audit.toolkitVersion]);
        const records: BackupRecords = {
          audits: [audit],
          ...(await readOwnedRecords(this.db, [auditId])),
          toolkits: toolkit ? [toBackupRow(toolkit)] : [],
        };
        return buildBackup(records, this.appVersion, new Date(this.now()));
      }),
    );
  }

  /** What an import has to compare against. */
  readExisting(): Promise<ExistingRecords> {
    return guard(() => this.db.transaction('r', this.dataTables, () => this.readExistingInTransaction()));
  }

  private async readExistingInTransaction(): Promise<ExistingRecords> {
    const audits = await this.db.audits.toArray();
    const takenIds: Partial<ExistingRecords['takenIds']> = {};
    for (const kind of OWN_ID_KINDS) takenIds[kind] = (await this.db[kind].toArray()).map(({ id, auditId }) => ({ id, auditId }));
    return {
      audits: audits.map(({ id, title, school, updatedAt, deletedAt }) => ({ id, title, school, updatedAt, deletedAt })),
      takenIds: takenIds as ExistingRecords['takenIds'],
      toolkits: await this.db.toolkits.toArray(),
    };
  }

  /**
   * Imports a checked backup in one transaction. Conflicts are worked out
   * again inside it, against what is stored at that moment; any failure
   * (a conflict without a choice, a full disk) rolls back everything.
   */
  importBackup(backup: Backup, choices: ConflictChoices): Promise<ImportCounts> {
    return guard(() =>
      this.db.transaction('rw', [...this.dataTables, this.db.settings], async () => {
        const existing = await this.readExistingInTransaction();
        const result = planImport(backup, existing, choices, this.newId);
        if (!result.ok) throw result.reason === 'refused' ? new ImportRefusedError(result.error) : new ImportConflictError(result.unresolvedAuditIds);
        const { replaceAuditIds, supersededAuditIds, records } = result.plan;
        const removed = [...replaceAuditIds, ...supersededAuditIds];
        await deleteOwnedRecords(this.db, removed);
        await this.db.audits.bulkDelete(removed);
        // bulkAdd, not bulkPut: a key that is somehow still taken aborts the import instead of overwriting.
        await this.db.toolkits.bulkAdd(records.toolkits.map((row) => ({ ...row, origin: { kind: 'backup' as const } })));
        await this.db.audits.bulkAdd(records.audits);
        await addOwnedRecords(this.db, records);
        // Restoring onto an empty device: everything here is now exactly what the file holds, so no reminder until there is new work.
        if (existing.audits.length === 0 && records.audits.length > 0) await this.recordBackupAt(Date.parse(backup.exportedAt));
        return { ...countRecords(records), replaced: replaceAuditIds.length };
      }),
    );
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
        // Deleted audits and what they own are not in a backup, so they are not work a backup is missing.
        const inUse = (await this.db.audits.toArray()).filter(isInUse);
        const newAudits = inUse.filter((audit) => audit.createdAt > since).length;
        const changedRows = await countChangedSince(this.db, since, new Set(inUse.map((audit) => audit.id)));
        return {
          lastBackupAt,
          snoozedAt: await this.readTime(REMINDER_SNOOZED_AT),
          changesSinceBackup: newAudits + changedRows,
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
