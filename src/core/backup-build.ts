import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from './backup-format';
import type { Backup, BackupRecords } from './backup-schema';
import { OWNED_TABLE_NAMES, ownedTableRules, type AuditOwnedRecords } from './backup-tables';
import { toFileNamePart } from './file-name-part';

/** Puts stored records into the backup format, in a stable order so two backups of the same data are identical. */
export function buildBackup(records: BackupRecords, appVersion: string, exportedAt: Date): Backup {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const owned = Object.fromEntries(OWNED_TABLE_NAMES.map((table) => [table, [...records[table]].sort(ownedTableRules(table).order)])) as AuditOwnedRecords;
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion,
    exportedAt: exportedAt.toISOString(),
    audits: [...records.audits].sort((a, b) => byText(a.id, b.id)),
    ...owned,
    toolkits: [...records.toolkits].sort((a, b) => byText(a.id, b.id) || byText(a.version, b.version)),
  };
}

/** The text written to the file: indented, so that a person can read it. */
export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * `reflect-backup-2026-11-25.json` for everything;
 * `reflect-backup-northfield-primary-autumn-review-2026-11-25.json` for one audit.
 */
export function backupFileName(isoDate: string, audit?: { school: string; title: string }): string {
  const about = audit ? toFileNamePart(`${audit.school} ${audit.title}`).slice(0, 80) : '';
  return `reflect-backup-${about ? `${about}-` : ''}${isoDate}.json`;
}
