import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { blankAction } from '../../src/core/plan-actions';
import { moveAction } from '../../src/core/plan-order';
import { ActionStore } from '../../src/storage/action-store';
import { AuditStore } from '../../src/storage/audit-store';
import { ReflectDatabase } from '../../src/storage/db';
import { StorageError } from '../../src/storage/storage-error';
import { makeToolkit } from '../fixtures/toolkits';

const opened: ReflectDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A fresh database with one audit, and an action store on a clock we control. */
async function setUp() {
  const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  const clock = { time: 1_000 };
  let audit = 0;
  const audits = new AuditStore(db, { now: () => clock.time, newId: () => `audit-${++audit}` });
  const created = await audits.createAudit(makeToolkit(), { school: 'Northfield', title: 'Autumn', date: '2026-11-25', participants: '' });
  let next = 0;
  const store = new ActionStore(db, { now: () => clock.time, newId: () => `action-${++next}` });
  return { db, clock, audit: created, audits, store };
}

describe('ActionStore', () => {
  it('adds actions at the end of the plan when no section is a priority, and reads them back in order', async () => {
    const { store, audit } = await setUp();
    const first = await store.addAction(audit.id, { ...blankAction('first'), action: 'Name a champion', lead: 'Mr Ó Briain' });
    await store.addAction(audit.id, { ...blankAction(), action: 'Letters home', successMeasure: 'Fewer complaints', targetDate: 'Spring 2027' });
    expect(first).toEqual({
      id: 'action-1', auditId: 'audit-1', domainId: 'first', indicatorId: null, action: 'Name a champion', successMeasure: '', lead: 'Mr Ó Briain',
      targetDate: '', status: 'not-started', progressNote: '', order: 0, createdAt: 1_000, updatedAt: 1_000,
    });
    const listed = await store.listActions(audit.id);
    expect(listed.map((action) => [action.action, action.order])).toEqual([
      ['Name a champion', 0],
      ['Letters home', 1],
    ]);
  });

  it('keeps the actions of different audits apart', async () => {
    const { store, audit, audits } = await setUp();
    const other = await audits.createAudit(makeToolkit(), { school: 'Southfield', title: 'Spring', date: '2027-03-01', participants: '' });
    await store.addAction(audit.id, { ...blankAction(), action: 'Ours' });
    await store.addAction(other.id, { ...blankAction(), action: 'Theirs' });
    expect((await store.listActions(audit.id)).map((action) => action.action)).toEqual(['Ours']);
  });

  it('deletes an action and puts it back exactly on undo', async () => {
    const { store, audit } = await setUp();
    await store.addAction(audit.id, { ...blankAction(), action: 'One' });
    const two = await store.addAction(audit.id, { ...blankAction(), action: 'Two', progressNote: 'Keep me' });
    await store.addAction(audit.id, { ...blankAction(), action: 'Three' });
    const deleted = await store.deleteAction(two.id);
    expect(deleted).toEqual({ action: two, reviews: [] });
    expect((await store.listActions(audit.id)).map((action) => action.action)).toEqual(['One', 'Three']);
    await store.restoreAction(deleted);
    expect((await store.listActions(audit.id)).map((action) => action.action)).toEqual(['One', 'Two', 'Three']);
    expect((await store.listActions(audit.id))[1]).toEqual(two);
  });

  it('stores a reorder worked out by the plan model', async () => {
    const { store, audit } = await setUp();
    for (const action of ['A', 'B', 'C']) await store.addAction(audit.id, { ...blankAction('first'), action });
    await store.addAction(audit.id, { ...blankAction('second'), action: 'X' });
    await store.reorderActions(audit.id, moveAction(await store.listActions(audit.id), 'action-4', 'up'));
    expect((await store.listActions(audit.id)).map((action) => action.action)).toEqual(['A', 'B', 'X', 'C']);
  });

  it('adds an action for a priority section after the last priority action, moving the rest down', async () => {
    const { store, audit, db } = await setUp();
    await db.audits.update(audit.id, { priorityDomainIds: ['second'] });
    await store.addAction(audit.id, { ...blankAction('first'), action: 'First A' });
    await store.addAction(audit.id, { ...blankAction('second'), action: 'Second A' });
    await store.addAction(audit.id, { ...blankAction(), action: 'Whole school' });
    // Linked by its indicator alone, it still belongs to its domain.
    await store.addAction(audit.id, { ...blankAction(), indicatorId: 'b2', action: 'Second B' });
    expect((await store.listActions(audit.id)).map((action) => [action.action, action.order])).toEqual([
      ['Second A', 0],
      ['Second B', 1],
      ['First A', 2],
      ['Whole school', 3],
    ]);
  });

  it('refuses a reorder that names an action of another audit, and changes nothing', async () => {
    const { store, audit, audits } = await setUp();
    const other = await audits.createAudit(makeToolkit(), { school: 'Southfield', title: 'Spring', date: '2027-03-01', participants: '' });
    const ours = await store.addAction(audit.id, { ...blankAction(), action: 'Ours' });
    const theirs = await store.addAction(other.id, { ...blankAction(), action: 'Theirs' });
    const attempt = store.reorderActions(audit.id, [
      { id: ours.id, order: 5 },
      { id: theirs.id, order: 6 },
    ]);
    await expect(attempt).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    expect((await store.listActions(audit.id))[0]!.order).toBe(ours.order);
    expect((await store.listActions(other.id))[0]!.order).toBe(theirs.order);
  });

  it.each([
    ['adding to an audit that does not exist', (store: ActionStore) => store.addAction('missing', blankAction())],
    ['deleting an action that does not exist', (store: ActionStore) => store.deleteAction('missing')],
  ])('reports %s as not found, and writes nothing', async (_name, attempt) => {
    const { store, db } = await setUp();
    await expect(attempt(store)).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    expect(await db.actions.count()).toBe(0);
  });

  it('adds nothing to an audit in Recently deleted', async () => {
    const { store, audit, db } = await setUp();
    await db.audits.update(audit.id, { deletedAt: 2_000 });
    await expect(store.addAction(audit.id, blankAction())).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    expect(await db.actions.count()).toBe(0);
  });

  it('refuses an unknown status with a clear message', async () => {
    const { store, audit, db } = await setUp();
    // @ts-expect-error: a status from outside the app, e.g. a hand-edited backup
    await expect(store.addAction(audit.id, { ...blankAction(), status: 'finished' })).rejects.toThrow('"finished" is not an action status.');
    expect(await db.actions.count()).toBe(0);
  });

  it('surfaces a full disk as a typed quota error and keeps what was saved', async () => {
    const { store, audit, db } = await setUp();
    const added = await store.addAction(audit.id, { ...blankAction(), action: 'Kept' });
    db.actions.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = store.addAction(audit.id, { ...blankAction(), action: 'Lost?' });
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toMatchObject({ kind: 'quota' });
    expect(await store.listActions(audit.id)).toEqual([added]);
  });
});
