import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION } from './backup-format';
import type { Backup, BackupRecords } from './backup-schema';
import { toFileNamePart } from './file-name-part';

/** Puts stored records into the backup format, in a stable order so two backups of the same data are identical. */
export function buildBackup(records: BackupRecords, appVersion: string, exportedAt: Date): Backup {
  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return {
    format: BACKUP_FORMAT,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    appVersion,
    exportedAt: exportedAt.toISOString(),
    audits: [...records.audits].sort((a, b) => byText(a.id, b.id)),
    answers: [...records.answers].sort((a, b) => byText(a.auditId, b.auditId) || byText(a.indicatorId, b.indicatorId)),
    reflections: [...records.reflections].sort((a, b) => byText(a.auditId, b.auditId) || byText(a.domainId, b.domainId)),
    actions: [...records.actions].sort((a, b) => byText(a.auditId, b.auditId) || a.order - b.order || byText(a.id, b.id)),
    planReviews: [...records.planReviews].sort((a, b) => byText(a.auditId, b.auditId) || a.createdAt - b.createdAt || byText(a.id, b.id)),
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
