import { useSyncExternalStore } from 'react';
import { readSaveStatus, watchSaveStatus, type SaveStatus } from '../operations/answers';

/** The page's autosave status, for the one save-status message. */
export function useSaveStatus(): SaveStatus {
  return useSyncExternalStore(watchSaveStatus, readSaveStatus);
}
