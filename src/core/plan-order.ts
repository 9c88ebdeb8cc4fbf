/**
 * The order of a development plan, as a whole: any action can move above or
 * below any other, whatever its section. The stored `order` is the one
 * mechanism; these functions say which actions it changes, and nothing else.
 * Priority sections come first by default: a new action for one goes after
 * the last priority action, and choosing priority sections lifts their
 * actions above the rest (each part keeping its order).
 */
import type { PlanAction } from './audit';
import { compareActions, nextActionOrder } from './plan-actions';

export type MoveDirection = 'up' | 'down';

export interface OrderChange {
  id: string;
  order: number;
}

type Ordered = Pick<PlanAction, 'id' | 'order' | 'createdAt'>;

/** The plan's actions in the order shown. */
export function sortPlan<T extends Ordered>(actions: readonly T[]): T[] {
  return [...actions].sort(compareActions);
}

/** Numbers the actions 0, 1, 2… in the order given; only the actions whose order changes. */
export function renumber(actions: readonly Pick<PlanAction, 'id' | 'order'>[]): OrderChange[] {
  return actions.flatMap((action, order) => (action.order === order ? [] : [{ id: action.id, order }]));
}

/**
 * Swaps the action with its neighbour in the whole plan and renumbers the
 * plan (which also repairs duplicate orders). No changes when the action is
 * already first or last, or not in the plan.
 */
export function moveAction(actions: readonly Ordered[], actionId: string, direction: MoveDirection): OrderChange[] {
  const sorted = sortPlan(actions);
  const index = sorted.findIndex((action) => action.id === actionId);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= sorted.length) return [];
  [sorted[index], sorted[target]] = [sorted[target]!, sorted[index]!];
  return renumber(sorted);
}

/**
 * Where a new action goes: one for a priority section right after the last
 * priority action (at the top if there is none), anything else at the end.
 * Returns its order and the renumbering of the actions it displaces.
 */
export function placeNewAction<T extends Ordered>(actions: readonly T[], isPriority: (action: T) => boolean, newIsPriority: boolean): { order: number; changes: OrderChange[] } {
  const sorted = sortPlan(actions);
  if (!newIsPriority) return { order: nextActionOrder(sorted), changes: [] };
  const at = sorted.findLastIndex(isPriority) + 1;
  const placed = [...sorted.slice(0, at), null, ...sorted.slice(at)];
  return { order: at, changes: placed.flatMap((action, order) => (action && action.order !== order ? [{ id: action.id, order }] : [])) };
}

/** Actions for priority sections above the rest, each part in its current order: for when the priority sections change. */
export function putPriorityFirst<T extends Ordered>(actions: readonly T[], isPriority: (action: T) => boolean): OrderChange[] {
  const sorted = sortPlan(actions);
  return renumber([...sorted.filter(isPriority), ...sorted.filter((action) => !isPriority(action))]);
}
