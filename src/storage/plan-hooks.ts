/** React bindings for the development plan. Live queries update when another tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PlanSources } from '../core/plan-report';
import { loadPlanSources } from './plan-data';
import { StorageError } from './storage-error';
import { getStore } from './store';

/** `null` once loaded and the audit (or its toolkit) is not found; `undefined` while loading. */
export function usePlanSources(auditId: string): PlanSources | null | undefined {
  return useLiveQuery(async () => {
    try {
      return await loadPlanSources(getStore().db, auditId);
    } catch (error) {
      if (error instanceof StorageError && error.kind === 'not-found') return null;
      throw error;
    }
  }, [auditId]);
}
