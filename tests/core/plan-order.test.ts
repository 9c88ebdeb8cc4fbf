import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../../src/core/audit';
import { moveAction, placeNewAction, putPriorityFirst, sortPlan, type MoveDirection, type OrderChange } from '../../src/core/plan-order';
import { makeAction } from '../fixtures/plan';

function apply(actions: PlanAction[], changes: OrderChange[]): PlanAction[] {
  return actions.map((action) => ({ ...action, order: changes.find((change) => change.id === action.id)?.order ?? action.order }));
}

const titles = (actions: PlanAction[]) => sortPlan(actions).map((action) => action.action);

/** A plan from titles in order; an upper-case first letter is a priority section's action (P…), others not (o…). */
function planOf(...names: string[]): PlanAction[] {
  return names.map((name, order) => makeAction({ action: name, domainId: name.startsWith('P') ? 'first' : 'second', order }));
}
const isPriority = (action: PlanAction) => action.domainId === 'first';
const idOf = (plan: PlanAction[], title: string) => plan.find((action) => action.action === title)!.id;

describe('moveAction', () => {
  const plan = planOf('P1', 'P2', 'o1', 'o2');

  it.each<[string, MoveDirection, string[]]>([
    ['P2', 'up', ['P2', 'P1', 'o1', 'o2']],
    ['P2', 'down', ['P1', 'o1', 'P2', 'o2']],
    ['o1', 'up', ['P1', 'o1', 'P2', 'o2']],
    ['o2', 'up', ['P1', 'P2', 'o2', 'o1']],
  ])('moves %s %s across the whole plan, whatever its section', (title, direction, expected) => {
    expect(titles(apply(plan, moveAction(plan, idOf(plan, title), direction)))).toEqual(expected);
  });

  it('moves an action alone in its section above another section’s action', () => {
    const lone = [makeAction({ action: 'A', domainId: 'first', order: 0 }), makeAction({ action: 'B', domainId: 'first', order: 1 }), makeAction({ action: 'X', domainId: 'second', order: 2 })];
    expect(titles(apply(lone, moveAction(lone, idOf(lone, 'X'), 'up')))).toEqual(['A', 'X', 'B']);
  });

  it.each<[string, MoveDirection]>([
    ['P1', 'up'],
    ['o2', 'down'],
  ])('does not move %s %s past the end of the plan', (title, direction) => {
    expect(moveAction(plan, idOf(plan, title), direction)).toEqual([]);
  });

  it('changes only the actions whose order changes', () => {
    expect(moveAction(plan, idOf(plan, 'o1'), 'up')).toEqual([
      { id: idOf(plan, 'o1'), order: 1 },
      { id: idOf(plan, 'P2'), order: 2 },
    ]);
  });

  it('repairs duplicate orders (two tabs adding at once) into a clean sequence', () => {
    const clash = [makeAction({ action: 'P', order: 4, createdAt: 1 }), makeAction({ action: 'Q', order: 4, createdAt: 2 })];
    const moved = apply(clash, moveAction(clash, clash[1]!.id, 'up'));
    expect(titles(moved)).toEqual(['Q', 'P']);
    expect(moved.map((action) => action.order).sort()).toEqual([0, 1]);
  });

  it('ignores an action that is not in the plan', () => {
    expect(moveAction(plan, 'missing', 'up')).toEqual([]);
  });
});

describe('placeNewAction', () => {
  it.each<[string, string[], boolean, number, string[]]>([
    ['a priority action after the last priority action', ['P1', 'o1', 'P2', 'o2'], true, 3, ['P1', 'o1', 'P2', 'new', 'o2']],
    ['a priority action at the top when there is none yet', ['o1', 'o2'], true, 0, ['new', 'o1', 'o2']],
    ['a priority action at the end when all are priority', ['P1', 'P2'], true, 2, ['P1', 'P2', 'new']],
    ['any other action at the end', ['P1', 'o1'], false, 2, ['P1', 'o1', 'new']],
    ['the first action at the top', [], false, 0, ['new']],
  ])('places %s', (_name, names, newIsPriority, order, expected) => {
    const plan = planOf(...names);
    const placed = placeNewAction(plan, isPriority, newIsPriority);
    expect(placed.order).toBe(order);
    expect(titles([...apply(plan, placed.changes), makeAction({ action: 'new', order: placed.order, createdAt: -1 })])).toEqual(expected);
  });

  it('moves only the actions below the new one', () => {
    const plan = planOf('P1', 'o1', 'o2');
    expect(placeNewAction(plan, isPriority, true).changes).toEqual([
      { id: idOf(plan, 'o1'), order: 2 },
      { id: idOf(plan, 'o2'), order: 3 },
    ]);
  });
});

describe('putPriorityFirst', () => {
  it.each<[string[], string[]]>([
    [['o1', 'P1', 'o2', 'P2'], ['P1', 'P2', 'o1', 'o2']],
    [['o2', 'o1', 'P2', 'P1'], ['P2', 'P1', 'o2', 'o1']],
    [['P1', 'o1'], ['P1', 'o1']],
  ])('%j → %j, each part keeping its order', (names, expected) => {
    const plan = planOf(...names);
    expect(titles(apply(plan, putPriorityFirst(plan, isPriority)))).toEqual(expected);
  });

  it('changes nothing when priority actions already come first', () => {
    expect(putPriorityFirst(planOf('P1', 'P2', 'o1'), isPriority)).toEqual([]);
  });
});
