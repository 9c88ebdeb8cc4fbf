import { describe, expect, it } from 'vitest';
import type { Respondent } from '../../src/core/team';
import { readResponseRecordId, refuseResponseEdit, responseRecordId } from '../../src/core/team-response-edit';

const person = (overrides: Partial<Respondent> = {}): Respondent => ({
  auditId: 'audit',
  id: '5d0c6a2e-8b1f-4e3a-9c7d-2f4e6a8b0c21',
  name: 'Kim',
  groupId: 'governors',
  takesPart: 'this-device',
  createdAt: 1,
  updatedAt: 1,
  removedAt: null,
  revealed: false,
  finishedAt: null,
  ...overrides,
});

describe('responseRecordId and readResponseRecordId', () => {
  it.each([
    ['a UUID and a statement id', '5d0c6a2e-8b1f-4e3a-9c7d-2f4e6a8b0c21', 'named-senior-champion'],
    // A respondent restored from a backup may have any id; statement ids are kebab-case, so the last '/' is ours.
    ['a respondent id holding slashes', 'from/a/backup', 'a1'],
    ['a respondent id of one character', 'x', 'b'],
  ])('reads back what it wrote: %s', (_name, respondentId, indicatorId) => {
    const recordId = responseRecordId(respondentId, indicatorId);
    expect(readResponseRecordId(recordId)).toEqual({ respondentId, indicatorId });
  });

  it('gives each respondent and statement their own id', () => {
    const ids = [responseRecordId('p1', 'a1'), responseRecordId('p1', 'a2'), responseRecordId('p2', 'a1'), responseRecordId('p1/a', '1')];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([['no slash', 'a1'], ['no respondent', '/a1'], ['no statement', 'p1/'], ['nothing', ''], ['only a slash', '/']])('names nobody for %s', (_name, recordId) => {
    expect(readResponseRecordId(recordId)).toBeNull();
  });
});

describe('refuseResponseEdit', () => {
  it('lets someone rating in turn on this device change their ratings', () => {
    expect(refuseResponseEdit(person())).toBeNull();
    expect(refuseResponseEdit(person({ revealed: true }))).toBeNull();
  });

  it.each<[string, Respondent | undefined, 'not-found' | 'invalid', RegExp]>([
    ['someone not on this self-evaluation', undefined, 'not-found', /could not be found/],
    ['someone removed', person({ removedAt: 5 }), 'not-found', /Kim was removed/],
    ['someone rating on their own laptop', person({ takesPart: 'own-device' }), 'invalid', /own laptop.*response file/],
    ['someone who has finished', person({ finishedAt: 5 }), 'invalid', /Kim has finished rating/],
  ])('refuses %s, saying why', (_name, respondent, reason, message) => {
    expect(refuseResponseEdit(respondent)).toEqual({ reason, message: expect.stringMatching(message) });
  });
});
