/** React bindings for the development plan. Live: they update when another tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PlanSources } from '../core/plan-report';
import { readPlanSources } from '../operations/plan';

/** `null` once loaded and the audit (or its toolkit) is not found; `undefined` while loading. */
export function usePlanSources(auditId: string): PlanSources | null | undefined {
  return useLiveQuery(() => readPlanSources(auditId), [auditId]);
}
