/**
 * The development plan is read by domain, priority domains first: that is
 * where the team agreed to put its effort, so governors see it first.
 */
import type { PlanAction } from './audit';
import { compareActions } from './plan-actions';
import type { Toolkit } from './toolkit-schema';

export const WHOLE_SCHOOL_TITLE = 'Whole-school actions';

export interface PlanGroup<T = PlanAction> {
  /** null for actions not tied to any domain of this toolkit. */
  domainId: string | null;
  title: string;
  isPriority: boolean;
  actions: T[];
}

/** The domain an action belongs to: its own, else its indicator's, else none. */
export function domainOfAction(toolkit: Toolkit, action: Pick<PlanAction, 'domainId' | 'indicatorId'>): string | null {
  if (action.domainId && toolkit.domains.some((domain) => domain.id === action.domainId)) return action.domainId;
  if (action.indicatorId) {
    const owner = toolkit.domains.find((domain) => domain.indicators.some((indicator) => indicator.id === action.indicatorId));
    if (owner) return owner.id;
  }
  return null;
}

/** Domain ids in plan order: the priorities in the order chosen, then the rest in toolkit order. */
export function planDomainOrder(toolkit: Toolkit, priorityDomainIds: readonly string[]): string[] {
  const known = new Set(toolkit.domains.map((domain) => domain.id));
  const priorities = [...new Set(priorityDomainIds)].filter((id) => known.has(id));
  return [...priorities, ...toolkit.domains.map((domain) => domain.id).filter((id) => !priorities.includes(id))];
}

/** Every action lands in exactly one group; empty groups are left out. */
export function groupPlanActions(toolkit: Toolkit, priorityDomainIds: readonly string[], actions: readonly PlanAction[]): PlanGroup[] {
  const priorities = new Set(priorityDomainIds);
  const byDomain = new Map<string | null, PlanAction[]>();
  for (const action of [...actions].sort(compareActions)) {
    const domainId = domainOfAction(toolkit, action);
    byDomain.set(domainId, [...(byDomain.get(domainId) ?? []), action]);
  }
  const groups: PlanGroup[] = [];
  for (const domainId of planDomainOrder(toolkit, priorityDomainIds)) {
    const grouped = byDomain.get(domainId);
    const domain = toolkit.domains.find((candidate) => candidate.id === domainId);
    if (grouped && domain) groups.push({ domainId, title: domain.title, isPriority: priorities.has(domainId), actions: grouped });
  }
  const unassigned = byDomain.get(null);
  if (unassigned) groups.push({ domainId: null, title: WHOLE_SCHOOL_TITLE, isPriority: false, actions: unassigned });
  return groups;
}
