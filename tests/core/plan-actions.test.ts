import { describe, expect, it } from 'vitest';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, blankAction, isActionStatus, nextActionOrder } from '../../src/core/plan-actions';

describe('plan actions', () => {
  it('labels every status in plain words', () => {
    expect(ACTION_STATUSES.map((status) => ACTION_STATUS_LABELS[status])).toEqual(['Not started', 'On track', 'At risk', 'Done']);
  });

  it.each([
    ['not-started', true],
    ['done', true],
    ['finished', false],
    ['', false],
    [undefined, false],
  ])('isActionStatus(%j) is %s', (value, expected) => {
    expect(isActionStatus(value)).toBe(expected);
  });

  it.each([
    [[], 0],
    [[{ order: 0 }], 1],
    [[{ order: 7 }, { order: 2 }], 8],
  ])('nextActionOrder(%j) is %i', (actions, expected) => {
    expect(nextActionOrder(actions)).toBe(expected);
  });

  it('starts a blank action as not started, in the given domain', () => {
    expect(blankAction('first')).toEqual({
      domainId: 'first', indicatorId: null, action: '', successMeasure: '', lead: '', targetDate: '', status: 'not-started', progressNote: '',
    });
  });
});
