/** React bindings for the audit form's stored data and the page's autosave status. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useSyncExternalStore } from 'react';
import type { ReflectionsByDomain } from './audit-edit-store';
import { getAutosaver, getEditStore } from './audit-stores';
import type { SaveStatus } from './autosaver';

export function useReflections(auditId: string): ReflectionsByDomain | undefined {
  return useLiveQuery(() => getEditStore().getReflections(auditId), [auditId]);
}

export function useSaveStatus(): SaveStatus {
  const saver = getAutosaver();
  return useSyncExternalStore(saver.subscribe, saver.getStatus);
}
