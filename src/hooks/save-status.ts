import { useSyncExternalStore } from 'react';
import { readSaveStatus, watchSaveStatus, type SaveScope, type SaveStatus } from '../operations/answers';

/** How this page's changes to the records in scope are doing, for the one save-status message. */
export function useSaveStatus(scope: SaveScope): SaveStatus {
  return useSyncExternalStore(watchSaveStatus, () => readSaveStatus(scope));
}
