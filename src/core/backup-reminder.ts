/**
 * When to suggest a backup. Gentle on purpose: only after real work that no
 * backup holds, never again within a day of a backup, and not for a few days
 * after someone says "not now".
 */

/** Records (answers, reflections, actions, new audits) changed since the last backup before we speak up: about one short domain's work. */
export const REMINDER_MIN_CHANGES = 5;
const DAY = 24 * 60 * 60 * 1000;
/** A backup this recent is recent enough, however much has changed since. */
export const BACKUP_FRESH_FOR = DAY;
/** How long "Remind me later" keeps the reminder away. */
export const REMINDER_SNOOZE = 3 * DAY;

export interface BackupReminderState {
  /** When the last full backup was downloaded; null if never. */
  lastBackupAt: number | null;
  /** When someone last chose "Remind me later"; null if never. */
  snoozedAt: number | null;
  /** Records created or changed since the last backup (or ever, if there has been none). */
  changesSinceBackup: number;
}

export function isBackupReminderDue(state: BackupReminderState, now: number): boolean {
  if (state.changesSinceBackup < REMINDER_MIN_CHANGES) return false;
  if (state.lastBackupAt !== null && now - state.lastBackupAt < BACKUP_FRESH_FOR) return false;
  if (state.snoozedAt !== null && now - state.snoozedAt < REMINDER_SNOOZE) return false;
  return true;
}
