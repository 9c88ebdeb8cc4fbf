import { useLiveQuery } from 'dexie-react-hooks';
import { isBackupReminderDue } from '../core/backup-reminder';
import { getBackupStore } from './backup-store';

/** Whether to suggest a backup now; false while loading or if storage cannot be read. Updates live as work is saved. */
export function useBackupReminderDue(): boolean {
  const due = useLiveQuery(async () => {
    try {
      return isBackupReminderDue(await getBackupStore().readReminderState(), Date.now());
    } catch {
      return false;
    }
  }, []);
  return due ?? false;
}

/** The last backup's time: undefined while loading, null if never. */
export function useLastBackupAt(): number | null | undefined {
  return useLiveQuery(() => getBackupStore().readLastBackupAt(), []);
}
