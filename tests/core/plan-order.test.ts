import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../../src/core/audit';
import { groupPlanActions } from '../../src/core/plan-groups';
import { moveAction, type OrderChange } from '../../src/core/plan-order';
import { makeAction } from '../fixtures/plan';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();

function apply(actions: PlanAction[], changes: OrderChange[]): PlanAction[] {
  return actions.map((action) => ({ ...action, order: changes.find((change) => change.id === action.id)?.order ?? action.order }));
}

function titles(actions: PlanAction[], priorities: string[] = []): string[] {
  return groupPlanActions(toolkit, priorities, actions).flatMap((group) => group.actions.map((action) => action.action));
}

describe('moveAction', () => {
  const plan = [
    makeAction({ action: 'A', domainId: 'first', order: 0 }),
    makeAction({ action: 'B', domainId: 'first', order: 1 }),
    makeAction({ action: 'C', domainId: 'first', order: 2 }),
    makeAction({ action: 'X', domainId: 'second', order: 3 }),
  ];
  const id = (title: string) => plan.find((action) => action.action === title)!.id;

  it.each<[string, 'up' | 'down', string[]]>([
    ['B', 'up', ['B', 'A', 'C', 'X']],
    ['B', 'down', ['A', 'C', 'B', 'X']],
    ['C', 'up', ['A', 'C', 'B', 'X']],
  ])('moves %s %s within its group', (title, direction, expected) => {
    const groups = groupPlanActions(toolkit, [], plan);
    expect(titles(apply(plan, moveAction(groups, id(title), direction)))).toEqual(expected);
  });

  it.each<[string, 'up' | 'down']>([
    ['A', 'up'],
    ['C', 'down'],
    ['X', 'up'],
    ['X', 'down'],
  ])('does not move %s %s out of its group', (title, direction) => {
    expect(moveAction(groupPlanActions(toolkit, [], plan), id(title), direction)).toEqual([]);
  });

  it('changes only the actions whose order changes', () => {
    const changes = moveAction(groupPlanActions(toolkit, [], plan), id('C'), 'up');
    expect(changes).toEqual([
      { id: id('C'), order: 1 },
      { id: id('B'), order: 2 },
    ]);
  });

  it('repairs duplicate orders (two tabs adding at once) into a clean sequence', () => {
    const clash = [makeAction({ action: 'P', domainId: 'first', order: 4, createdAt: 1 }), makeAction({ action: 'Q', domainId: 'first', order: 4, createdAt: 2 })];
    const moved = apply(clash, moveAction(groupPlanActions(toolkit, [], clash), clash[1]!.id, 'up'));
    expect(titles(moved)).toEqual(['Q', 'P']);
    expect(moved.map((action) => action.order).sort()).toEqual([0, 1]);
  });

  it('moves within priority groups, shown first', () => {
    const groups = groupPlanActions(toolkit, ['second'], plan);
    const moved = apply(plan, moveAction(groups, id('A'), 'down'));
    expect(titles(moved, ['second'])).toEqual(['X', 'B', 'A', 'C']);
  });

  it('ignores an action that is not in the plan', () => {
    expect(moveAction(groupPlanActions(toolkit, [], plan), 'missing', 'up')).toEqual([]);
  });
});
