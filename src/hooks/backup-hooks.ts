/** React bindings for the backup reminder and the settings page. Live: they update as work is saved. */
import { useLiveQuery } from 'dexie-react-hooks';
import { isBackupDue, readLastBackupAt } from '../operations/backup-status';

/** Whether to suggest a backup now; false while loading or if storage cannot be read. */
export function useBackupReminderDue(): boolean {
  return useLiveQuery(() => isBackupDue(Date.now()), []) ?? false;
}

/** The last backup's time: undefined while loading, null if never. */
export function useLastBackupAt(): number | null | undefined {
  return useLiveQuery(() => readLastBackupAt(), []);
}
