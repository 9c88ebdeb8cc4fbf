/**
 * Named operations for backups: making a file, checking one, restoring it,
 * and the reminder. Each file made is read back with the import checks before
 * it is offered, so a backup that could not be restored is never handed out.
 * Loaded on demand: zod and the checks stay out of the first page load.
 */
import { APP_VERSION } from '../core/app-version';
import { backupFileName, serializeBackup } from '../core/backup-build';
import type { BackupContents, ConflictChoices } from '../core/backup-import-plan';
import { checkToolkitsAgainstDevice, describeBackup } from '../core/backup-import-plan';
import { checkBackupSize, parseBackup, type BackupError, type BackupParseResult } from '../core/backup-parse';
import type { Backup } from '../core/backup-schema';
import { todayIsoDate } from '../core/format-date';
import { formatProblem } from '../core/parse-toolkit';
import { requestPersistentStorage } from '../lib/storage-persistence';
import { getBackupStore, type ImportCounts } from '../storage/backup-store';
import { StorageError } from '../storage/storage-error';

export type { ImportCounts };
export type { StorageErrorKind } from '../storage/storage-error';

export interface BackupFile {
  blob: Blob;
  fileName: string;
}

function checkedFile(backup: Backup, fileName: string): BackupFile {
  const text = serializeBackup(backup);
  const check = parseBackup(text, APP_VERSION);
  if (!check.ok) {
    const detail = check.error.problems[0] ? formatProblem(check.error.problems[0]) : check.error.message;
    throw new Error(`The backup could not be made, because it would not restore (${detail}). Your data is unchanged.`);
  }
  return { blob: new Blob([text], { type: 'application/json' }), fileName };
}

/**
 * Everything on this device as a backup file. Remembers that a backup was made
 * (the screen hands the file out at once) and, as a person has just acted,
 * asks the browser to keep our data.
 */
export async function makeFullBackup(): Promise<BackupFile> {
  const store = getBackupStore();
  const file = checkedFile(await store.exportEverything(), backupFileName(todayIsoDate()));
  await store.recordBackupMade();
  void requestPersistentStorage();
  return file;
}

/** One audit with its plan and the toolkit it was made with. */
export async function makeAuditBackup(auditId: string): Promise<BackupFile> {
  const backup = await getBackupStore().exportAudit(auditId);
  const audit = backup?.audits[0];
  if (!backup || !audit) throw new StorageError('not-found');
  return checkedFile(backup, backupFileName(todayIsoDate(), audit));
}

/** Size first, so that a huge file is refused before any of it is read into memory. */
export async function checkBackupFile(file: Blob): Promise<BackupParseResult> {
  const tooLarge = checkBackupSize(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  return parseBackup(await file.text(), APP_VERSION);
}

export type RestorePreview = { ok: true; contents: BackupContents } | { ok: false; error: BackupError };

/** What a checked backup holds and which of its audits are already here; refused if it would clash with this device's toolkits. */
export async function previewRestore(backup: Backup): Promise<RestorePreview> {
  const existing = await getBackupStore().readExisting();
  const refused = checkToolkitsAgainstDevice(backup, existing);
  return refused ? { ok: false, error: refused } : { ok: true, contents: describeBackup(backup, existing) };
}

/** Imports the whole file in one transaction, or nothing. */
export function restoreBackup(backup: Backup, choices: ConflictChoices): Promise<ImportCounts> {
  return getBackupStore().importBackup(backup, choices);
}
