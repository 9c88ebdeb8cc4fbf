import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { currentStatus, type ActionReviewFields } from '../../src/core/action-reviews';
import { makeEdit } from '../../src/core/audit-edit';
import { blankAction } from '../../src/core/plan-actions';
import { ActionReviewStore } from '../../src/storage/action-review-store';
import { ActionStore } from '../../src/storage/action-store';
import { AuditEditStore } from '../../src/storage/audit-edit-store';
import { AuditStore } from '../../src/storage/audit-store';
import { ReflectDatabase } from '../../src/storage/db';
import { StorageError } from '../../src/storage/storage-error';
import { makeToolkit } from '../fixtures/toolkits';

const opened: ReflectDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function setUp() {
  const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const clock = { time: 1_000 };
  let next = 0;
  const options = { now: () => clock.time, newId: () => `id-${++next}` };
  const audits = new AuditStore(db, options);
  const audit = await audits.createAudit(makeToolkit(), { school: 'Northfield', title: 'Autumn', date: '2026-11-25', participants: '' });
  const actions = new ActionStore(db, options);
  const action = await actions.addAction(audit.id, { ...blankAction('first'), action: 'Call home on the first day', status: 'not-started' });
  return { db, clock, audit, audits, actions, action, store: new ActionReviewStore(db, options) };
}

const edit = <F extends 'status' | 'measureMet' | 'note' | 'evidence'>(reviewId: string, field: F, value: ActionReviewFields[F], base: ActionReviewFields[F]) =>
  makeEdit('actionReview', reviewId, field, value, base, 100);

describe('ActionReviewStore', () => {
  it('starts each review from where the action stands, keeps every review apart, and never changes an earlier one', async () => {
    const { db, store, audit, audits, actions, action, clock } = await setUp();
    const edits = new AuditEditStore(db, { now: () => clock.time });
    clock.time = 2_000;
    const first = await store.startReview(audit.id, action.id, '2027-02-03');
    expect(first).toMatchObject({ reviewedOn: '2027-02-03', status: 'not-started', measureMet: null, note: '', evidence: '', createdAt: 2_000 });
    await edits.saveEdits(audit.id, [edit(first.id, 'status', 'on-track', 'not-started'), edit(first.id, 'measureMet', 'partly', null), edit(first.id, 'note', 'Most mornings', ''), edit(first.id, 'evidence', 'Call log', '')]);
    clock.time = 3_000;
    const second = await store.startReview(audit.id, action.id, '2027-05-12');
    // The second review begins at the status the first one gave.
    expect(second.status).toBe('on-track');
    await edits.saveEdits(audit.id, [edit(second.id, 'status', 'done', 'on-track'), edit(second.id, 'measureMet', 'met', null), edit(second.id, 'note', 'Every morning', '')]);
    const history = await store.listActionReviews(audit.id);
    expect(history.map((row) => [row.reviewedOn, row.status, row.measureMet, row.note, row.evidence])).toEqual([
      ['2027-02-03', 'on-track', 'partly', 'Most mornings', 'Call log'],
      ['2027-05-12', 'done', 'met', 'Every morning', ''],
    ]);
    expect(currentStatus((await actions.listActions(audit.id))[0]!, history)).toBe('done');
    expect((await audits.getAudit(audit.id))?.updatedAt).toBe(3_000);
  });

  it('picks up a review already started that day instead of starting another', async () => {
    const { store, audit, action, db } = await setUp();
    const started = await store.startReview(audit.id, action.id, '2027-02-03');
    expect(await store.startReview(audit.id, action.id, '2027-02-03')).toEqual(started);
    expect(await db.actionReviews.count()).toBe(1);
  });

  it('refuses a review of an action that is gone or belongs to another audit, or on a day that is not a date, and writes nothing', async () => {
    const { store, audit, actions, action, db } = await setUp();
    await expect(store.startReview('another-audit', action.id, '2027-02-03')).rejects.toMatchObject({ kind: 'not-found' });
    await expect(store.startReview(audit.id, action.id, 'Spring 2027')).rejects.toThrow(/not a date/);
    await actions.deleteAction(action.id);
    await expect(store.startReview(audit.id, action.id, '2027-02-03')).rejects.toBeInstanceOf(StorageError);
    expect(await db.actionReviews.count()).toBe(0);
  });

  it('refuses a status or a measure the screens never offer', async () => {
    const { db, store, audit, action, clock } = await setUp();
    const edits = new AuditEditStore(db, { now: () => clock.time });
    const started = await store.startReview(audit.id, action.id, '2027-02-03');
    const bad = [makeEdit('actionReview', started.id, 'status', 'finished' as never, 'not-started', 100), makeEdit('actionReview', started.id, 'measureMet', 'mostly' as never, null, 100)];
    const result = await edits.saveEdits(audit.id, bad);
    expect(result.refused.map((refusal) => [refusal.edit.field, refusal.reason])).toEqual([['status', 'invalid'], ['measureMet', 'invalid']]);
    expect((await store.listActionReviews(audit.id))[0]).toEqual(started);
  });

  it('takes back a review started by mistake, and puts it back on undo', async () => {
    const { store, audit, action } = await setUp();
    const started = await store.startReview(audit.id, action.id, '2027-02-03');
    const removed = await store.deleteActionReview(started.id);
    expect(await store.listActionReviews(audit.id)).toEqual([]);
    await store.restoreActionReview(removed);
    expect(await store.listActionReviews(audit.id)).toEqual([started]);
  });

  it('deletes an action with its history, and undo brings both back', async () => {
    const { store, audit, actions, action } = await setUp();
    const started = await store.startReview(audit.id, action.id, '2027-02-03');
    const deleted = await actions.deleteAction(action.id);
    expect(deleted.reviews).toEqual([started]);
    expect(await store.listActionReviews(audit.id)).toEqual([]);
    await actions.restoreAction(deleted);
    expect(await store.listActionReviews(audit.id)).toEqual([started]);
  });
});
