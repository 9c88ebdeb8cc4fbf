import { describe, expect, it } from 'vitest';
import { BACKUP_FRESH_FOR, REMINDER_MIN_CHANGES, REMINDER_SNOOZE, isBackupReminderDue } from '../../src/core/backup-reminder';

const now = 100 * 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;

describe('isBackupReminderDue', () => {
  it.each([
    ['a little work, never backed up', { lastBackupAt: null, snoozedAt: null, changesSinceBackup: REMINDER_MIN_CHANGES - 1 }, false],
    ['real work, never backed up', { lastBackupAt: null, snoozedAt: null, changesSinceBackup: REMINDER_MIN_CHANGES }, true],
    ['real work since a backup two days ago', { lastBackupAt: now - 48 * HOUR, snoozedAt: null, changesSinceBackup: 40 }, true],
    ['real work since a backup this morning', { lastBackupAt: now - 3 * HOUR, snoozedAt: null, changesSinceBackup: 40 }, false],
    ['a backup exactly a day ago', { lastBackupAt: now - BACKUP_FRESH_FOR, snoozedAt: null, changesSinceBackup: 40 }, true],
    ['snoozed yesterday', { lastBackupAt: null, snoozedAt: now - 24 * HOUR, changesSinceBackup: 40 }, false],
    ['snoozed long enough ago', { lastBackupAt: null, snoozedAt: now - REMINDER_SNOOZE, changesSinceBackup: 40 }, true],
    ['no work since an old backup', { lastBackupAt: now - 90 * 24 * HOUR, snoozedAt: null, changesSinceBackup: 0 }, false],
  ])('%s → %s', (_label, state, expected) => {
    expect(isBackupReminderDue(state, now)).toBe(expected);
  });
});
