/**
 * The development plan is one list in the order the team chose (see
 * plan-order.ts); it is read in runs of actions for the same section, each
 * under that section's title. By default actions for priority sections come
 * first, as that is where the team agreed to put its effort — so a plan left
 * in its default order reads section by section, priorities first.
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

/** Whether the action is for one of the audit's priority sections. */
export function isPriorityAction(toolkit: Toolkit, priorityDomainIds: readonly string[], action: Pick<PlanAction, 'domainId' | 'indicatorId'>): boolean {
  const domainId = domainOfAction(toolkit, action);
  return domainId !== null && priorityDomainIds.includes(domainId);
}

/** Domain ids in plan order: the priorities in the order chosen, then the rest in toolkit order. */
export function planDomainOrder(toolkit: Toolkit, priorityDomainIds: readonly string[]): string[] {
  const known = new Set(toolkit.domains.map((domain) => domain.id));
  const priorities = [...new Set(priorityDomainIds)].filter((id) => known.has(id));
  return [...priorities, ...toolkit.domains.map((domain) => domain.id).filter((id) => !priorities.includes(id))];
}

/**
 * The plan's actions in order, in runs of the same section: a section's
 * actions that the team moved apart appear under its title more than once.
 * Every action lands in exactly one group.
 */
export function groupPlanActions(toolkit: Toolkit, priorityDomainIds: readonly string[], actions: readonly PlanAction[]): PlanGroup[] {
  const groups: PlanGroup[] = [];
  for (const action of [...actions].sort(compareActions)) {
    const domainId = domainOfAction(toolkit, action);
    const last = groups.at(-1);
    if (last && last.domainId === domainId) {
      last.actions.push(action);
      continue;
    }
    const domain = toolkit.domains.find((candidate) => candidate.id === domainId);
    groups.push({ domainId, title: domain?.title ?? WHOLE_SCHOOL_TITLE, isPriority: domainId !== null && priorityDomainIds.includes(domainId), actions: [action] });
  }
  return groups;
}

/**
 * The order plans were shown in before they could be ordered as a whole:
 * by section, priorities first (in the order chosen), then the others in
 * toolkit order, then whole-school actions; in the order given within each.
 * Stored plans are renumbered to it once, so none changes on screen.
 */
export function orderBySection<T extends Pick<PlanAction, 'domainId' | 'indicatorId'>>(
  toolkit: Toolkit,
  priorityDomainIds: readonly string[],
  actions: readonly T[],
): T[] {
  const rank = new Map(planDomainOrder(toolkit, priorityDomainIds).map((id, index) => [id, index]));
  const rankOf = (action: T) => {
    const domainId = domainOfAction(toolkit, action);
    return domainId === null ? rank.size : rank.get(domainId)!;
  };
  return actions
    .map((action, position) => ({ action, position, rank: rankOf(action) }))
    .sort((a, b) => a.rank - b.rank || a.position - b.position)
    .map(({ action }) => action);
}
