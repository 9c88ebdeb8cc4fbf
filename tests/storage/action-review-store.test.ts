import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { blankAction } from '../../src/core/plan-actions';
import { ActionReviewStore } from '../../src/storage/action-review-store';
import { ActionStore } from '../../src/storage/action-store';
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

const review = (overrides = {}) => ({ reviewedOn: '2027-02-03', status: 'on-track' as const, measureMet: 'partly' as const, note: 'Most mornings', evidence: 'Call log', ...overrides });

describe('ActionReviewStore', () => {
  it('keeps every review, never overwriting one, and gives the action the latest status', async () => {
    const { store, audit, audits, actions, action, clock } = await setUp();
    clock.time = 2_000;
    await store.recordReview(audit.id, action.id, review());
    clock.time = 3_000;
    await store.recordReview(audit.id, action.id, review({ reviewedOn: '2027-05-12', status: 'done', measureMet: 'met', note: 'Every morning', evidence: '' }));
    const history = await store.listActionReviews(audit.id);
    expect(history.map((row) => [row.reviewedOn, row.status, row.measureMet, row.note, row.evidence, row.createdAt])).toEqual([
      ['2027-02-03', 'on-track', 'partly', 'Most mornings', 'Call log', 2_000],
      ['2027-05-12', 'done', 'met', 'Every morning', '', 3_000],
    ]);
    expect((await actions.listActions(audit.id))[0]).toMatchObject({ status: 'done', updatedAt: 3_000, progressNote: '' });
    expect((await audits.getAudit(audit.id))?.updatedAt).toBe(3_000);
  });

  it('refuses a review of an action that is gone or belongs to another audit, and writes nothing', async () => {
    const { store, audit, actions, action, db } = await setUp();
    await expect(store.recordReview('another-audit', action.id, review())).rejects.toMatchObject({ kind: 'not-found' });
    await actions.deleteAction(action.id);
    await expect(store.recordReview(audit.id, action.id, review())).rejects.toBeInstanceOf(StorageError);
    expect(await db.actionReviews.count()).toBe(0);
  });

  it('refuses a status, a measure or a date the screens never offer', async () => {
    const { store, audit, action, db } = await setUp();
    await expect(store.recordReview(audit.id, action.id, review({ status: 'finished' }))).rejects.toThrow('"finished" is not an action status.');
    await expect(store.recordReview(audit.id, action.id, review({ measureMet: 'mostly' }))).rejects.toThrow(/"mostly"/);
    await expect(store.recordReview(audit.id, action.id, review({ reviewedOn: 'Spring 2027' }))).rejects.toThrow(/not a date/);
    expect(await db.actionReviews.count()).toBe(0);
  });

  it('takes back a review recorded by mistake, and puts it back on undo', async () => {
    const { store, audit, action } = await setUp();
    const recorded = await store.recordReview(audit.id, action.id, review());
    const removed = await store.deleteActionReview(recorded.id);
    expect(await store.listActionReviews(audit.id)).toEqual([]);
    await store.restoreActionReview(removed);
    expect(await store.listActionReviews(audit.id)).toEqual([recorded]);
  });

  it('deletes an action with its history, and undo brings both back', async () => {
    const { store, audit, actions, action } = await setUp();
    const recorded = await store.recordReview(audit.id, action.id, review());
    const deleted = await actions.deleteAction(action.id);
    expect(deleted.reviews).toEqual([recorded]);
    expect(await store.listActionReviews(audit.id)).toEqual([]);
    await actions.restoreAction(deleted);
    expect(await store.listActionReviews(audit.id)).toEqual([recorded]);
    expect((await actions.listActions(audit.id))[0]?.status).toBe('on-track');
  });
});
