/**
 * Reads about backups that the audits list and settings page show live.
 * Apart from ./backup so that showing the reminder does not load zod.
 */
import { isBackupReminderDue } from '../core/backup-reminder';
import { getBackupStore } from '../storage/backup-store';

/** Whether to suggest a backup now; false if storage cannot be read. */
export async function isBackupDue(now: number): Promise<boolean> {
  try {
    return isBackupReminderDue(await getBackupStore().readReminderState(), now);
  } catch {
    return false;
  }
}

/** When the last full backup was made on this device; null if never. */
export function readLastBackupAt(): Promise<number | null> {
  return getBackupStore().readLastBackupAt();
}

export function snoozeBackupReminder(): Promise<void> {
  return getBackupStore().snoozeReminder();
}
