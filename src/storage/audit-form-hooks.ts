/** React bindings for the audit form's stored data and the page's autosave status. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { SaveStatus } from '../core/audit-edit';
import type { ReflectionsByDomain } from './audit-edit-store';
import { getAutosaver, getEditStore } from './audit-stores';
import type { SaveScope } from './autosaver';

export function useReflections(auditId: string): ReflectionsByDomain | undefined {
  return useLiveQuery(() => getEditStore().getReflections(auditId), [auditId]);
}

/** How this page's changes to the records in scope are doing (an audit's, or one record's). */
export function useSaveStatus(scope: SaveScope): SaveStatus {
  const saver = getAutosaver();
  return useSyncExternalStore(saver.subscribe, () => saver.getStatus(scope));
}
