/** Moving an action up or down the plan, within its group, as the smallest set of stored changes. */
import type { PlanAction } from './audit';
import type { PlanGroup } from './plan-groups';

export type MoveDirection = 'up' | 'down';

export interface OrderChange {
  id: string;
  order: number;
}

/**
 * Swaps the action with its neighbour in the same group and renumbers the
 * whole plan in display order (which also repairs duplicate orders).
 * Returns no changes when the action is already first or last in its group.
 */
export function moveAction(groups: readonly PlanGroup[], actionId: string, direction: MoveDirection): OrderChange[] {
  const group = groups.find((candidate) => candidate.actions.some((action) => action.id === actionId));
  if (!group) return [];
  const index = group.actions.findIndex((action) => action.id === actionId);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= group.actions.length) return [];
  const reordered = groups.map((candidate) => {
    if (candidate !== group) return candidate.actions;
    const actions = [...candidate.actions];
    [actions[index], actions[target]] = [actions[target]!, actions[index]!];
    return actions;
  });
  return reordered
    .flat()
    .map((action: PlanAction, order) => ({ action, order }))
    .filter(({ action, order }) => action.order !== order)
    .map(({ action, order }) => ({ id: action.id, order }));
}
