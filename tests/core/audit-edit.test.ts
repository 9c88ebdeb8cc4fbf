import { describe, expect, it } from 'vitest';
import { editKey, shouldReplay, type AuditEdit } from '../../src/core/audit-edit';

const note = (value: string, base: string, editedAt = 100): AuditEdit => ({ kind: 'note', indicatorId: 'a1', value, base, editedAt });

describe('editKey', () => {
  it('gives edits of the same stored field the same key, and different fields different keys', () => {
    const keys = [
      editKey({ kind: 'rating', indicatorId: 'a1' }),
      editKey({ kind: 'note', indicatorId: 'a1' }),
      editKey({ kind: 'note', indicatorId: 'a2' }),
      editKey({ kind: 'reflection', domainId: 'first', field: 'workingWell' }),
      editKey({ kind: 'reflection', domainId: 'first', field: 'evenBetterIf' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(editKey(note('x', ''))).toBe(editKey(note('y', 'x')));
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
    const rating = (value: AuditEdit['value'], base: AuditEdit['value']) => ({ kind: 'rating', indicatorId: 'a1', value, base, editedAt: 100 }) as AuditEdit;
    expect(shouldReplay(rating(3, null), { value: null, updatedAt: 500 })).toBe(true);
    expect(shouldReplay(rating('n/a', 2), { value: 4, updatedAt: 500 })).toBe(false);
    expect(shouldReplay(rating(null, 2), { value: 2, updatedAt: 500 })).toBe(true);
  });
});
