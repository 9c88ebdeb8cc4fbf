/** React binding for how far a plan has got, for pages that link the plan. Live: it updates when another tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { PlanSources } from '../core/plan-report';
import { readPlanProgressSources } from '../operations/plan';

/** The audit's actions and their reviews; `undefined` while loading. */
export function usePlanProgressSources(auditId: string): Pick<PlanSources, 'actions' | 'actionReviews'> | undefined {
  return useLiveQuery(() => readPlanProgressSources(auditId), [auditId]);
}
