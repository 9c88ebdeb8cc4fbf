import { checkBackupSize, parseBackup, type BackupParseResult } from '../../core/backup-parse';

/** Size first, so that a huge file is refused before any of it is read into memory. */
export async function readBackupFile(file: Blob, appVersion: string): Promise<BackupParseResult> {
  const tooLarge = checkBackupSize(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  return parseBackup(await file.text(), appVersion);
}
