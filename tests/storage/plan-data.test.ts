import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { blankAction } from '../../src/core/plan-actions';
import { ActionStore } from '../../src/storage/action-store';
import { AuditStore } from '../../src/storage/audit-store';
import { ReflectDatabase } from '../../src/storage/db';
import { ActionReviewStore } from '../../src/storage/action-review-store';
import { loadPlanProgressSources, loadPlanSources } from '../../src/storage/plan-data';
import { PlanReviewStore } from '../../src/storage/plan-review-store';
import { makeToolkit } from '../fixtures/toolkits';
import { putAnswers } from './support/test-database';

const opened: ReflectDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('loadPlanSources', () => {
  it('reads the audit, its toolkit, answers, reflections, actions and reviews together', async () => {
    const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(db);
    const audits = new AuditStore(db);
    const toolkit = makeToolkit();
    const audit = await audits.createAudit(toolkit, { school: 'Northfield', title: 'Autumn', date: '2026-11-25', participants: '' });
    const other = await audits.createAudit(toolkit, { school: 'Southfield', title: 'Autumn', date: '2026-11-25', participants: '' });
    await putAnswers(db, audit.id, [{ indicatorId: 'a1', rating: 2, note: 'note' }]);
    await db.reflections.put({ auditId: audit.id, domainId: 'first', workingWell: 'Calls home', evenBetterIf: 'Sooner', updatedAt: 1 });
    await db.reflections.put({ auditId: other.id, domainId: 'first', workingWell: 'Not ours', evenBetterIf: '', updatedAt: 1 });
    await new ActionStore(db).addAction(audit.id, { ...blankAction(), action: 'Ours' });
    await new ActionStore(db).addAction(other.id, { ...blankAction(), action: 'Not ours' });
    await new PlanReviewStore(db).addReview(audit.id, { when: 'Spring 2027', who: 'Governors', note: '' });

    const sources = await loadPlanSources(db, audit.id);
    expect(sources.audit.id).toBe(audit.id);
    expect(sources.toolkit).toEqual(toolkit);
    expect(sources.answers).toEqual({ a1: { rating: 2, note: 'note' } });
    expect(sources.reflections.map((reflection) => reflection.workingWell)).toEqual(['Calls home']);
    expect(sources.actions.map((action) => action.action)).toEqual(['Ours']);
    expect(sources.reviews.map((review) => review.who)).toEqual(['Governors']);
  });

  it('reports a missing or deleted audit as not found', async () => {
    const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(db);
    await expect(loadPlanSources(db, 'missing')).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    const audit = await new AuditStore(db).createAudit(makeToolkit(), { school: 'Northfield', title: 'Autumn', date: '2026-11-25', participants: '' });
    await db.audits.update(audit.id, { deletedAt: 2 });
    await expect(loadPlanSources(db, audit.id)).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
  });

  it('gives the titles of the earlier self-evaluations its actions were carried from, leaving out one deleted since', async () => {
    const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(db);
    const audits = new AuditStore(db);
    const details = { school: 'Northfield', date: '2026-11-25', participants: '' };
    const autumn = await audits.createAudit(makeToolkit(), { ...details, title: 'Autumn 2026 review' });
    const summer = await audits.createAudit(makeToolkit(), { ...details, title: 'Summer 2026 review' });
    const spring = await audits.createAudit(makeToolkit(), { ...details, title: 'Spring 2027 review' });
    const actions = new ActionStore(db);
    await actions.addAction(spring.id, { ...blankAction(), action: 'From autumn', carriedFrom: { auditId: autumn.id, actionId: 'a' } });
    await actions.addAction(spring.id, { ...blankAction(), action: 'From summer', carriedFrom: { auditId: summer.id, actionId: 'b' } });
    await actions.addAction(spring.id, { ...blankAction(), action: 'New' });
    await db.audits.update(summer.id, { deletedAt: 2 });

    expect((await loadPlanSources(db, spring.id)).earlierTitles).toEqual({ [autumn.id]: 'Autumn 2026 review' });
    expect((await loadPlanSources(db, autumn.id)).earlierTitles).toEqual({});
  });
});

describe('loadPlanProgressSources', () => {
  it('reads the audit’s actions and their reviews, and no other audit’s', async () => {
    const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    opened.push(db);
    const audits = new AuditStore(db);
    const toolkit = makeToolkit();
    const audit = await audits.createAudit(toolkit, { school: 'Northfield', title: 'Autumn', date: '2026-11-25', participants: '' });
    const other = await audits.createAudit(toolkit, { school: 'Southfield', title: 'Autumn', date: '2026-11-25', participants: '' });
    const ours = await new ActionStore(db).addAction(audit.id, { ...blankAction(), action: 'Ours' });
    const theirs = await new ActionStore(db).addAction(other.id, { ...blankAction(), action: 'Not ours' });
    const reviews = new ActionReviewStore(db);
    await reviews.startReview(audit.id, ours.id, '2027-02-03');
    await reviews.startReview(other.id, theirs.id, '2027-02-03');

    const sources = await loadPlanProgressSources(db, audit.id);
    expect(sources.actions.map((action) => action.action)).toEqual(['Ours']);
    expect(sources.actionReviews.map((review) => [review.actionId, review.reviewedOn])).toEqual([[ours.id, '2027-02-03']]);
  });
});
