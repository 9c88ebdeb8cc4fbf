import { describe, expect, it } from 'vitest';
import { editKey, makeEdit, recordKey, sameValue, shouldReplay, type AuditEdit } from '../../src/core/audit-edit';

const note = (value: string, base: string, editedAt = 100): AuditEdit => makeEdit('answer', 'a1', 'note', value, base, editedAt);

describe('makeEdit', () => {
  it('builds an edit of one field of one record', () => {
    expect(makeEdit('action', 'action-1', 'lead', 'Head', '', 5)).toEqual({ kind: 'action', recordId: 'action-1', field: 'lead', value: 'Head', base: '', editedAt: 5 });
  });
});

describe('editKey and recordKey', () => {
  it('gives edits of the same stored field the same key, and different fields, records and kinds different keys', () => {
    const keys = [
      editKey({ kind: 'answer', recordId: 'a1', field: 'rating' }),
      editKey({ kind: 'answer', recordId: 'a1', field: 'note' }),
      editKey({ kind: 'answer', recordId: 'a2', field: 'note' }),
      editKey({ kind: 'reflection', recordId: 'first', field: 'workingWell' }),
      editKey({ kind: 'reflection', recordId: 'first', field: 'evenBetterIf' }),
      editKey({ kind: 'action', recordId: 'first', field: 'action' }),
      editKey({ kind: 'action', recordId: 'first', field: 'successMeasure' }),
      editKey({ kind: 'review', recordId: 'first', field: 'when' }),
      editKey({ kind: 'audit', recordId: 'autumn', field: 'priorityDomainIds' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(editKey(note('x', ''))).toBe(editKey(note('y', 'x')));
    expect(recordKey({ kind: 'answer', recordId: 'a1' })).toBe(recordKey(makeEdit('answer', 'a1', 'rating', 2, null, 1)));
  });
});

describe('sameValue', () => {
  it.each([
    ['equal text', 'a', 'a', true],
    ['different text', 'a', 'b', false],
    ['null and empty text', null, '', false],
    ['lists with the same items in the same order', ['first', 'second'], ['first', 'second'], true],
    ['lists in another order', ['first', 'second'], ['second', 'first'], false],
    ['a shorter list', ['first'], ['first', 'second'], false],
    ['two empty lists', [], [], true],
    ['a list and text', ['a'], 'a', false],
  ] as const)('%s → %s', (_name, a, b, expected) => {
    expect(sameValue(a, b)).toBe(expected);
  });
});

describe('shouldReplay', () => {
  it.each([
    ['nothing stored yet', note('typed', ''), undefined, true],
    ['storage still holds what the edit replaced', note('typed', 'before'), { value: 'before', updatedAt: 500 }, true],
    ['storage already has the edit', note('typed', 'before'), { value: 'typed', updatedAt: 50 }, false],
    ['another page changed the field after the edit', note('typed', 'before'), { value: 'theirs', updatedAt: 200 }, false],
    ['another page changed the field before the edit', note('typed', 'before'), { value: 'theirs', updatedAt: 99 }, true],
  ] as const)('%s → %s', (_name, edit, stored, expected) => {
    expect(shouldReplay(edit, stored)).toBe(expected);
  });

  it('compares ratings, including not applicable and unanswered', () => {
    const rating = (value: 3 | 'n/a' | null, base: 2 | null) => makeEdit('answer', 'a1', 'rating', value, base, 100);
    expect(shouldReplay(rating(3, null), { value: null, updatedAt: 500 })).toBe(true);
    expect(shouldReplay(rating('n/a', 2), { value: 4, updatedAt: 500 })).toBe(false);
    expect(shouldReplay(rating(null, 2), { value: 2, updatedAt: 500 })).toBe(true);
  });

  it('applies the same rules to every kind of record', () => {
    const lead = makeEdit('action', 'action-1', 'lead', 'Deputy head', 'Head', 100);
    expect(shouldReplay(lead, { value: 'Head', updatedAt: 500 })).toBe(true);
    expect(shouldReplay(lead, { value: 'SENCo', updatedAt: 500 })).toBe(false);
    const status = makeEdit('action', 'action-1', 'status', 'done', 'on-track', 100);
    expect(shouldReplay(status, { value: 'done', updatedAt: 500 })).toBe(false);
    const when = makeEdit('review', 'review-1', 'when', 'Summer 2027', '', 100);
    expect(shouldReplay(when, { value: 'Spring 2027', updatedAt: 99 })).toBe(true);
    expect(shouldReplay(when, { value: 'Spring 2027', updatedAt: 101 })).toBe(false);
  });

  it('compares priority areas by value, not by identity', () => {
    const priorities = makeEdit('audit', 'autumn', 'priorityDomainIds', ['first', 'second'], [], 100);
    expect(shouldReplay(priorities, { value: ['first', 'second'], updatedAt: 50 })).toBe(false);
    expect(shouldReplay(priorities, { value: [], updatedAt: 500 })).toBe(true);
    expect(shouldReplay(priorities, { value: ['second', 'third'], updatedAt: 500 })).toBe(false);
  });
});
