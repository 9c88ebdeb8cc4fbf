import type { PlanReview } from '../../src/core/plan-reviews';
import { describe, expect, it } from 'vitest';
import type { PlanAction } from '../../src/core/audit';
import { AuditEditStore } from '../../src/storage/audit-edit-store';
import { AuditLifecycleStore } from '../../src/storage/audit-lifecycle-store';
import { AuditStore } from '../../src/storage/audit-store';
import { dumpDatabase } from '../fixtures/database';
import { makeToolkit } from '../fixtures/toolkits';
import { details, fillDisk, openWithAudit, putAnswers } from './support/test-database';

const action: PlanAction = {
  id: 'action-1',
  auditId: 'autumn',
  domainId: 'first',
  indicatorId: 'a1',
  action: 'Share attendance data with governors',
  successMeasure: 'Governors discuss it each term',
  lead: 'Head',
  targetDate: 'Spring 2027',
  status: 'on-track',
  progressNote: '',
  order: 1,
  createdAt: 1_000,
  updatedAt: 1_000,
};

const review: PlanReview = { id: 'review-1', auditId: 'autumn', when: 'Spring 2027', who: 'Governors', note: '', createdAt: 1_000, updatedAt: 1_000 };

/** One audit with an answer, a reflection, a plan action and a plan review date. */
async function openFilledAudit(now = () => 1_000) {
  const opened = await openWithAudit(now);
  const edits = new AuditEditStore(opened.db, { now });
  await edits.saveEdits(opened.audit.id, [
    { kind: 'answer', recordId: 'a1', field: 'rating', value: 3, base: null, editedAt: 1 },
    { kind: 'answer', recordId: 'a1', field: 'note', value: 'Reports each term', base: '', editedAt: 1 },
    { kind: 'reflection', recordId: 'first', field: 'workingWell', value: 'Strong leadership', base: '', editedAt: 1 },
  ]);
  await opened.db.actions.add(action);
  await opened.db.planReviews.add(review);
  let next = 0;
  const lifecycle = new AuditLifecycleStore(opened.db, { now, newId: () => `new-${++next}` });
  return { ...opened, edits, lifecycle };
}

describe('AuditLifecycleStore', () => {
  it('renames an audit and corrects its details', async () => {
    let time = 1_000;
    const { audits, audit, lifecycle } = await openFilledAudit(() => time);
    time = 2_000;
    await lifecycle.updateDetails(audit.id, { school: ' Northfield Primary School ', title: ' Autumn review ', date: '2026-11-26', participants: 'Head' });
    expect(await audits.getAudit(audit.id)).toMatchObject({
      school: 'Northfield Primary School',
      title: 'Autumn review',
      date: '2026-11-26',
      participants: 'Head',
      updatedAt: 2_000,
    });
  });

  it('marks an audit complete and reopens it', async () => {
    const { audits, audit, lifecycle } = await openFilledAudit();
    await lifecycle.setStatus(audit.id, 'complete');
    expect((await audits.getAudit(audit.id))?.status).toBe('complete');
    await lifecycle.setStatus(audit.id, 'in-progress');
    expect((await audits.getAudit(audit.id))?.status).toBe('in-progress');
  });

  it('deletes an audit by leaving a tombstone: hidden, its rows kept, and restored exactly as it was', async () => {
    let time = 1_000;
    const { db, audits, audit, lifecycle } = await openFilledAudit(() => time);
    const before = await dumpDatabase(db);

    time = 5_000;
    const deleted = await lifecycle.deleteAudit(audit.id);
    expect(deleted).toEqual({ ...(before.audits![0] as object), deletedAt: 5_000 });
    expect(await audits.getAudit(audit.id)).toBeUndefined();
    expect(await audits.listAuditSummaries()).toEqual([]);
    // Nothing but the tombstone changed.
    expect({ ...(await dumpDatabase(db)), audits: before.audits }).toEqual(before);
    expect(await lifecycle.listDeletedAudits()).toEqual([deleted]);
    expect(await lifecycle.getDeletedAudit(audit.id)).toEqual(deleted);

    time = 6_000;
    await lifecycle.restoreAudit(audit.id);
    await lifecycle.restoreAudit(audit.id);
    expect(await dumpDatabase(db)).toEqual(before);
    expect(await lifecycle.listDeletedAudits()).toEqual([]);
    expect(await lifecycle.getDeletedAudit(audit.id)).toBeUndefined();
  });

  it('does not rename, complete, delete again or start a next review from a deleted audit', async () => {
    const { audit, lifecycle } = await openFilledAudit();
    await lifecycle.deleteAudit(audit.id);
    const details = { school: 'Northfield', title: 'Renamed', date: '2026-11-26', participants: '' };
    await expect(lifecycle.deleteAudit(audit.id)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(lifecycle.updateDetails(audit.id, details)).rejects.toMatchObject({ kind: 'not-found' });
    await expect(lifecycle.setStatus(audit.id, 'complete')).rejects.toMatchObject({ kind: 'not-found' });
    await expect(lifecycle.startNextReview(audit.id, makeToolkit(), { title: 'Next', date: '2027-03-20', participants: '' })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('lists deleted audits most recently deleted first, for 30 days, then purges them with everything they own', async () => {
    const day = 24 * 60 * 60 * 1000;
    let time = 100 * day;
    const { db, audits, audit: first, lifecycle } = await openFilledAudit(() => time);
    let next = 0;
    const more = new AuditStore(db, { now: () => time, newId: () => `more-${++next}` });
    const second = await more.createAudit(makeToolkit(), { ...details, title: 'Second' });
    const kept = await more.createAudit(makeToolkit(), { ...details, title: 'Kept' });
    await putAnswers(db, second.id, [{ indicatorId: 'a1', rating: 2, note: '' }]);
    await putAnswers(db, kept.id, [{ indicatorId: 'a1', rating: 4, note: 'stays' }]);

    await lifecycle.deleteAudit(first.id);
    time += day;
    await lifecycle.deleteAudit(second.id);
    expect((await lifecycle.listDeletedAudits()).map((audit) => audit.id)).toEqual([second.id, first.id]);

    // The first was deleted 30 days and a moment ago; the second 29 days ago.
    time += 29 * day + 1;
    expect((await lifecycle.listDeletedAudits()).map((audit) => audit.id)).toEqual([second.id]);
    expect(await lifecycle.purgeExpired()).toBe(1);
    expect(await db.audits.get(first.id)).toBeUndefined();
    for (const table of [db.answers, db.reflections, db.actions, db.planReviews]) expect(await table.where('auditId').equals(first.id).count(), table.name).toBe(0);
    await expect(lifecycle.restoreAudit(first.id)).rejects.toMatchObject({ kind: 'not-found' });

    expect(await lifecycle.purgeExpired()).toBe(0);
    await lifecycle.restoreAudit(second.id);
    expect(await audits.getAnswers(second.id)).toEqual({ a1: { rating: 2, note: '' } });
    expect(await audits.getAnswers(kept.id)).toEqual({ a1: { rating: 4, note: 'stays' } });
  });

  it('starts the next review from an earlier one: answers and reflections copied, linked back, the earlier one untouched', async () => {
    const { audits, audit, edits, lifecycle } = await openFilledAudit(() => 3_000);
    const before = await audits.getAudit(audit.id);
    const { audit: next } = await lifecycle.startNextReview(audit.id, makeToolkit(), { title: 'Spring 2027 review', date: '2027-03-20', participants: 'Head' });

    expect(next).toMatchObject({ id: 'new-1', basedOnAuditId: audit.id, school: 'Northfield Primary', title: 'Spring 2027 review', status: 'in-progress' });
    expect(await audits.getAudit('new-1')).toEqual(next);
    expect(await audits.getAnswers('new-1')).toEqual({ a1: { rating: 3, note: 'Reports each term' } });
    expect(await edits.getReflections('new-1')).toEqual({ first: { workingWell: 'Strong leadership', evenBetterIf: '' } });
    expect(await audits.getAudit(audit.id)).toEqual(before);
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: 3, note: 'Reports each term' } });
  });

  it('keeps the toolkit version a next review uses, so it opens after the toolkit changes again', async () => {
    const { audits, audit, lifecycle } = await openFilledAudit();
    const newer = { ...makeToolkit(), version: '1.1.0' };
    const { audit: next } = await lifecycle.startNextReview(audit.id, newer, { title: 'Next', date: '2027-03-20', participants: '' });
    expect(next.toolkitVersion).toBe('1.1.0');
    expect(await audits.getToolkit('test-toolkit', '1.1.0')).toEqual(newer);
  });

  it('surfaces failures as typed errors and leaves storage as it was', async () => {
    const { db, audit, lifecycle } = await openFilledAudit();
    await expect(lifecycle.deleteAudit('missing')).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    await expect(lifecycle.restoreAudit('missing')).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    await expect(lifecycle.setStatus('missing', 'complete')).rejects.toMatchObject({ kind: 'not-found' });
    fillDisk(db);
    await expect(lifecycle.startNextReview(audit.id, makeToolkit(), { title: 'Next', date: '2027-03-20', participants: '' })).rejects.toMatchObject({
      name: 'StorageError',
      kind: 'quota',
    });
    expect(await db.audits.count()).toBe(1);
    expect(await db.answers.count()).toBe(1);
  });
});

describe('AuditLifecycleStore.startNextReview carrying actions forward', () => {
  /** The filled audit's plan: action-1 (on track), and two more, one done by its latest review. */
  async function openWithPlan() {
    const opened = await openFilledAudit(() => 3_000);
    await opened.db.actions.bulkAdd([
      { ...action, id: 'action-2', action: 'Meet families each half term', order: 0, status: 'not-started' },
      { ...action, id: 'action-3', action: 'Publish the attendance policy', order: 2, status: 'on-track' },
    ]);
    await opened.db.actionReviews.bulkAdd([
      { id: 'r1', auditId: 'autumn', actionId: 'action-2', reviewedOn: '2027-02-01', status: 'at-risk', measureMet: 'not-met', note: 'Few came', evidence: '', createdAt: 2_000, updatedAt: 2_000 },
      { id: 'r2', auditId: 'autumn', actionId: 'action-3', reviewedOn: '2027-02-01', status: 'done', measureMet: 'met', note: '', evidence: '', createdAt: 2_000, updatedAt: 2_000 },
    ]);
    return opened;
  }
  const spring = { title: 'Spring 2027 review', date: '2027-03-20', participants: '' };

  it('writes the chosen unfinished actions into the new plan with the new audit, linked back, at their current status', async () => {
    const { db, audit, lifecycle } = await openWithPlan();
    const before = { actions: await db.actions.toArray(), actionReviews: await db.actionReviews.toArray() };
    const { audit: next, actions } = await lifecycle.startNextReview(audit.id, makeToolkit(), spring, ['action-1', 'action-2', 'action-3']);

    const stored = await db.actions.where('auditId').equals(next.id).sortBy('order');
    expect(stored).toEqual(actions);
    expect(stored.map((row) => [row.id, row.action, row.status, row.order, row.carriedFrom])).toEqual([
      ['new-2', 'Meet families each half term', 'at-risk', 0, { auditId: 'autumn', actionId: 'action-2' }],
      ['new-3', action.action, 'on-track', 1, { auditId: 'autumn', actionId: 'action-1' }],
    ]);
    expect(stored[1]).toMatchObject({ domainId: 'first', indicatorId: 'a1', successMeasure: action.successMeasure, lead: 'Head', targetDate: '', progressNote: '', createdAt: 3_000 });
    // The earlier plan and its reviews are as they were; the new plan has no reviews yet.
    expect(await db.actions.where('auditId').equals('autumn').toArray()).toEqual(before.actions);
    expect(await db.actionReviews.toArray()).toEqual(before.actionReviews);
  });

  it('carries nothing unless asked: the plan belongs to its review', async () => {
    const { db, audit, lifecycle } = await openWithPlan();
    const { audit: next, actions } = await lifecycle.startNextReview(audit.id, makeToolkit(), spring);
    expect(actions).toEqual([]);
    expect(await db.actions.where('auditId').equals(next.id).count()).toBe(0);
  });

  it('writes nothing at all when the carried actions cannot be written: no new audit without them', async () => {
    const { db, audit, lifecycle } = await openWithPlan();
    const before = await dumpDatabase(db);
    fillDisk(db, [db.actions]);
    await expect(lifecycle.startNextReview(audit.id, makeToolkit(), spring, ['action-1'])).rejects.toMatchObject({ name: 'StorageError', kind: 'quota' });
    expect(await dumpDatabase(db)).toEqual(before);
  });
});
