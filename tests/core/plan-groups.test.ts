import { describe, expect, it } from 'vitest';
import { domainOfAction, groupPlanActions, planDomainOrder, WHOLE_SCHOOL_TITLE } from '../../src/core/plan-groups';
import { makeAction } from '../fixtures/plan';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();

describe('domainOfAction', () => {
  it.each([
    ['its own domain', { domainId: 'second', indicatorId: 'a1' }, 'second'],
    ["its indicator's domain when it has none", { domainId: null, indicatorId: 'b2' }, 'second'],
    ['none when it names neither', { domainId: null, indicatorId: null }, null],
    ['none when its domain is not in this toolkit', { domainId: 'gone', indicatorId: null }, null],
    ["its indicator's domain when its own is unknown", { domainId: 'gone', indicatorId: 'a2' }, 'first'],
  ])('takes %s', (_name, links, expected) => {
    expect(domainOfAction(toolkit, links)).toBe(expected);
  });
});

describe('planDomainOrder', () => {
  it.each([
    [[], ['first', 'second']],
    [['second'], ['second', 'first']],
    [['second', 'first'], ['second', 'first']],
    [['unknown', 'second', 'second'], ['second', 'first']],
  ])('priorities %j → %j', (priorities, expected) => {
    expect(planDomainOrder(toolkit, priorities)).toEqual(expected);
  });
});

describe('groupPlanActions', () => {
  it('puts priority domains first, then the others in toolkit order, then whole-school actions', () => {
    const whole = makeAction({ order: 0 });
    const first = makeAction({ domainId: 'first', order: 1 });
    const second = makeAction({ indicatorId: 'b1', order: 2 });
    const groups = groupPlanActions(toolkit, ['second'], [whole, first, second]);
    expect(groups.map((group) => [group.title, group.isPriority, group.actions.map((action) => action.id)])).toEqual([
      ['Second domain', true, [second.id]],
      ['First domain', false, [first.id]],
      [WHOLE_SCHOOL_TITLE, false, [whole.id]],
    ]);
  });

  it('orders actions within a group by order, then creation time, then id', () => {
    const late = makeAction({ domainId: 'first', order: 5, createdAt: 1 });
    const tieOld = makeAction({ id: 'b', domainId: 'first', order: 2, createdAt: 1 });
    const tieNew = makeAction({ id: 'a', domainId: 'first', order: 2, createdAt: 2 });
    const sameTime = makeAction({ id: 'c', domainId: 'first', order: 2, createdAt: 1 });
    const [group] = groupPlanActions(toolkit, [], [late, tieNew, sameTime, tieOld]);
    expect(group!.actions.map((action) => action.id)).toEqual(['b', 'c', 'a', late.id]);
  });

  it('never drops an action, whatever it links to', () => {
    const actions = [
      makeAction({ domainId: 'first' }),
      makeAction({ domainId: 'gone' }),
      makeAction({ indicatorId: 'nowhere' }),
      makeAction({ domainId: 'second', indicatorId: 'a1' }),
    ];
    const grouped = groupPlanActions(toolkit, ['first'], actions).flatMap((group) => group.actions);
    expect(grouped).toHaveLength(actions.length);
    expect(new Set(grouped)).toEqual(new Set(actions));
  });

  it('leaves out groups with no actions', () => {
    expect(groupPlanActions(toolkit, ['second'], [])).toEqual([]);
    expect(groupPlanActions(toolkit, ['second'], [makeAction({ domainId: 'first' })]).map((group) => group.title)).toEqual(['First domain']);
  });
});
