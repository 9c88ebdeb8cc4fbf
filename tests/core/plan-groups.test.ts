import { describe, expect, it } from 'vitest';
import { domainOfAction, groupPlanActions, isPriorityAction, orderBySection, planDomainOrder, WHOLE_SCHOOL_TITLE } from '../../src/core/plan-groups';
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

describe('isPriorityAction', () => {
  it.each([
    ['its own domain is a priority', { domainId: 'second', indicatorId: null }, true],
    ["its indicator's domain is a priority", { domainId: null, indicatorId: 'b1' }, true],
    ['its domain is not a priority', { domainId: 'first', indicatorId: null }, false],
    ['it has no domain', { domainId: null, indicatorId: null }, false],
  ])('is a priority action when %s', (_name, links, expected) => {
    expect(isPriorityAction(toolkit, ['second'], links)).toBe(expected);
  });
});

describe('groupPlanActions', () => {
  it('keeps the plan order, in runs of the same section', () => {
    const a = makeAction({ domainId: 'first', order: 0 });
    const b = makeAction({ indicatorId: 'a2', order: 1 });
    const x = makeAction({ domainId: 'second', order: 2 });
    const c = makeAction({ domainId: 'first', order: 3 });
    const whole = makeAction({ order: 4 });
    const groups = groupPlanActions(toolkit, ['second'], [whole, c, x, b, a]);
    expect(groups.map((group) => [group.title, group.isPriority, group.actions.map((action) => action.id)])).toEqual([
      ['First domain', false, [a.id, b.id]],
      ['Second domain', true, [x.id]],
      ['First domain', false, [c.id]],
      [WHOLE_SCHOOL_TITLE, false, [whole.id]],
    ]);
  });

  it('orders actions by order, then creation time, then id', () => {
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

  it('has no groups without actions', () => {
    expect(groupPlanActions(toolkit, ['second'], [])).toEqual([]);
  });
});

describe('orderBySection', () => {
  it('puts priority domains first, then the others in toolkit order, then whole-school actions, keeping the order given within each', () => {
    const whole = makeAction({});
    const first1 = makeAction({ domainId: 'first' });
    const second = makeAction({ indicatorId: 'b1' });
    const first2 = makeAction({ domainId: 'first' });
    expect(orderBySection(toolkit, ['second'], [whole, first1, second, first2])).toEqual([second, first1, first2, whole]);
    expect(orderBySection(toolkit, [], [whole, first1, second, first2])).toEqual([first1, first2, second, whole]);
  });
});
