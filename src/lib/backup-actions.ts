/**
 * Making a backup file, shared by the settings page and the backup reminder.
 * Each file is read back with the import parser before it is offered, so a
 * backup that could not be restored is never handed out.
 */
import { backupFileName, serializeBackup } from '../core/backup-build';
import { parseBackup } from '../core/backup-parse';
import { formatProblem } from '../core/parse-toolkit';
import type { Backup } from '../core/backup-schema';
import { getBackupStore } from '../storage/backup-store';
import { StorageError } from '../storage/storage-error';
import { APP_VERSION } from './app-version';
import { todayIsoDate } from '../core/format-date';
import { saveFile } from './save-file';
import { requestPersistentStorage } from './storage-persistence';

function offerFile(backup: Backup, fileName: string): void {
  const text = serializeBackup(backup);
  const check = parseBackup(text, APP_VERSION);
  if (!check.ok) {
    const detail = check.error.problems[0] ? formatProblem(check.error.problems[0]) : check.error.message;
    throw new Error(`The backup could not be made, because it would not restore (${detail}). Your data is unchanged.`);
  }
  saveFile(new Blob([text], { type: 'application/json' }), fileName);
}

/** Downloads everything, remembers when, and (a user has just acted) asks the browser to keep our data. */
export async function downloadFullBackup(): Promise<void> {
  const store = getBackupStore();
  offerFile(await store.exportEverything(), backupFileName(todayIsoDate()));
  await store.recordBackupMade();
  void requestPersistentStorage();
}

/** Downloads one audit with its plan and the toolkit it was made with. */
export async function downloadAuditBackup(auditId: string): Promise<void> {
  const backup = await getBackupStore().exportAudit(auditId);
  const audit = backup?.audits[0];
  if (!backup || !audit) throw new StorageError('not-found');
  offerFile(backup, backupFileName(todayIsoDate(), audit));
}
