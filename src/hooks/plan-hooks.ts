/** React bindings for the development plan. Live: they update when another tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PlanAction } from '../core/audit';
import type { PlanSources } from '../core/plan-report';
import { listPlanActions, readPlanSources } from '../operations/plan';

/** `null` once loaded and the audit (or its toolkit) is not found; `undefined` while loading. */
export function usePlanSources(auditId: string): PlanSources | null | undefined {
  return useLiveQuery(() => readPlanSources(auditId), [auditId]);
}

/** The audit's plan actions in plan order; `undefined` while loading. */
export function usePlanActions(auditId: string): PlanAction[] | undefined {
  return useLiveQuery(() => listPlanActions(auditId), [auditId]);
}
