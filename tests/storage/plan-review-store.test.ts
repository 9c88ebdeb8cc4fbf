import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditStore } from '../../src/storage/audit-store';
import { ReflectDatabase } from '../../src/storage/db';
import { PlanReviewStore } from '../../src/storage/plan-review-store';
import { makeToolkit } from '../fixtures/toolkits';

const opened: ReflectDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function setUp() {
  const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const clock = { time: 1_000 };
  let audit = 0;
  const audits = new AuditStore(db, { now: () => clock.time, newId: () => `audit-${++audit}` });
  const created = await audits.createAudit(makeToolkit(), { school: 'Northfield', title: 'Autumn', date: '2026-11-25', participants: '' });
  let next = 0;
  return { db, clock, audit: created, audits, store: new PlanReviewStore(db, { now: () => clock.time, newId: () => `review-${++next}` }) };
}

describe('PlanReviewStore', () => {
  it('adds and lists review dates in the order they were added, and marks the audit as edited', async () => {
    const { store, audit, audits, clock } = await setUp();
    clock.time = 2_000;
    await store.addReview(audit.id, { when: '2027-03-20', who: 'Senior leadership team', note: '' });
    clock.time = 3_000;
    await store.addReview(audit.id, { when: 'Summer 2027', who: 'Full governing body', note: '' });
    const reviews = await store.listReviews(audit.id);
    expect(reviews.map((review) => [review.when, review.who, review.note, review.createdAt])).toEqual([
      ['2027-03-20', 'Senior leadership team', '', 2_000],
      ['Summer 2027', 'Full governing body', '', 3_000],
    ]);
    expect((await audits.getAudit(audit.id))?.updatedAt).toBe(3_000);
  });

  it('deletes a review date and puts it back exactly on undo', async () => {
    const { store, audit } = await setUp();
    const review = await store.addReview(audit.id, { when: 'Spring 2027', who: 'Governors', note: 'n' });
    expect(await store.deleteReview(review.id)).toEqual(review);
    expect(await store.listReviews(audit.id)).toEqual([]);
    await store.restoreReview(review);
    expect(await store.listReviews(audit.id)).toEqual([review]);
  });

  it('refuses a review for an audit that does not exist, and writes nothing', async () => {
    const { store, db } = await setUp();
    await expect(store.addReview('missing', { when: 'Spring 2027', who: '', note: '' })).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    await expect(store.deleteReview('missing')).rejects.toMatchObject({ kind: 'not-found' });
    expect(await db.planReviews.count()).toBe(0);
  });
});
