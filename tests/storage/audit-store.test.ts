import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditStore } from '../../src/storage/audit-store';
import { ReflectDatabase } from '../../src/storage/db';
import { toStorageError } from '../../src/storage/storage-error';
import { makeToolkit } from '../fixtures/toolkits';
import { putAnswers } from './support/test-database';

const opened: ReflectDatabase[] = [];

/** A fresh, empty IndexedDB for every test, with a clock we control. */
function makeStore(now = () => 1_000) {
  const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  let next = 0;
  return new AuditStore(db, { now, newId: () => `audit-${++next}` });
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const details = { school: '  Northfield Primary ', title: 'Autumn 2026 review', date: '2026-11-25', participants: 'Head, SENCo' };

describe('AuditStore', () => {
  it('round-trips an audit, its answers and the toolkit it was made with', async () => {
    const toolkit = makeToolkit();
    const store = makeStore();
    const audit = await store.createAudit(toolkit, details);
    await putAnswers(store.db, audit.id, [
      { indicatorId: 'a1', rating: 3, note: 'Attendance reports to governors each term' },
      { indicatorId: 'a2', rating: 'n/a', note: '' },
      { indicatorId: 'b1', rating: null, note: 'Still to discuss' },
    ]);

    expect(await store.getAudit(audit.id)).toEqual({
      id: 'audit-1',
      toolkitId: 'test-toolkit',
      toolkitVersion: '1.0.0',
      school: 'Northfield Primary',
      title: 'Autumn 2026 review',
      date: '2026-11-25',
      participants: 'Head, SENCo',
      status: 'in-progress',
      scope: 'full',
      basedOnAuditId: null,
      priorityDomainIds: [],
      createdAt: 1_000,
      updatedAt: 1_000,
      deletedAt: null,
    });
    expect(await store.getAnswers(audit.id)).toEqual({
      a1: { rating: 3, note: 'Attendance reports to governors each term' },
      a2: { rating: 'n/a', note: '' },
      b1: { rating: null, note: 'Still to discuss' },
    });
    expect(await store.getToolkit('test-toolkit', '1.0.0')).toEqual(toolkit);
  });

  it('shows a quick review only its core statements, and counts its progress out of them', async () => {
    const toolkit = makeToolkit();
    toolkit.domains[0]!.indicators[0]!.core = true;
    toolkit.domains[1]!.indicators[1]!.core = true;
    const store = makeStore();
    const quick = await store.createAudit(toolkit, { ...details, scope: 'quick' });
    await putAnswers(store.db, quick.id, [{ indicatorId: 'a1', rating: 3, note: '' }]);
    const seen = await store.getToolkit(quick.toolkitId, quick.toolkitVersion, quick.scope);
    expect(seen!.domains.map((domain) => domain.indicators.map((indicator) => indicator.id))).toEqual([['a1'], ['b2']]);
    // The definition kept is whole: a full review made later with it sees every statement.
    expect(await store.getToolkit(quick.toolkitId, quick.toolkitVersion)).toEqual(toolkit);
    expect((await store.listAuditSummaries())[0]!.progress).toMatchObject({ answered: 1, total: 2 });
  });

  it('keeps answers of different audits apart', async () => {
    const store = makeStore();
    const one = await store.createAudit(makeToolkit(), details);
    const two = await store.createAudit(makeToolkit(), { ...details, title: 'Spring 2027 review' });
    await putAnswers(store.db, one.id, [{ indicatorId: 'a1', rating: 1, note: '' }]);
    await putAnswers(store.db, two.id, [{ indicatorId: 'a1', rating: 4, note: '' }]);
    expect(await store.getAnswers(one.id)).toEqual({ a1: { rating: 1, note: '' } });
    expect(await store.getAnswers(two.id)).toEqual({ a1: { rating: 4, note: '' } });
  });

  it('lists audits most recently edited first, with progress', async () => {
    let time = 1_000;
    const store = makeStore(() => time);
    const older = await store.createAudit(makeToolkit(), details);
    time = 2_000;
    const newer = await store.createAudit(makeToolkit(), { ...details, title: 'Newer' });
    time = 3_000;
    // Saving answers marks the audit as edited; that is what orders the list.
    await store.db.audits.update(older.id, { updatedAt: time });
    await putAnswers(store.db, older.id, [
      { indicatorId: 'a1', rating: 2, note: '' },
      { indicatorId: 'b2', rating: 'n/a', note: '' },
      { indicatorId: 'b1', rating: null, note: 'no rating yet' },
    ]);
    const summaries = await store.listAuditSummaries();
    expect(summaries.map((summary) => summary.audit.id)).toEqual([older.id, newer.id]);
    expect(summaries[0]).toMatchObject({ toolkitTitle: 'Test toolkit', progress: { answered: 2, total: 5 } });
    expect(summaries[1]!.progress).toMatchObject({ answered: 0, total: 5 });
  });

  it('gives the school of the audit in use edited last, for the next one to start with', async () => {
    let time = 1_000;
    const store = makeStore(() => time);
    expect(await store.lastSchool()).toBe('');
    const older = await store.createAudit(makeToolkit(), { ...details, school: 'Northfield Primary' });
    time = 2_000;
    const newer = await store.createAudit(makeToolkit(), { ...details, school: 'Southfield Academy' });
    expect(await store.lastSchool()).toBe('Southfield Academy');
    // Editing the older one makes its school the last used.
    await store.db.audits.update(older.id, { updatedAt: 3_000 });
    expect(await store.lastSchool()).toBe('Northfield Primary');
    // A deleted audit's school is not offered.
    await store.db.audits.update(older.id, { deletedAt: 4_000 });
    expect(await store.lastSchool()).toBe('Southfield Academy');
    await store.db.audits.update(newer.id, { deletedAt: 4_000 });
    expect(await store.lastSchool()).toBe('');
  });

  it('neither lists nor opens a deleted audit', async () => {
    const store = makeStore();
    const kept = await store.createAudit(makeToolkit(), details);
    const deleted = await store.createAudit(makeToolkit(), { ...details, title: 'Deleted' });
    await store.db.audits.update(deleted.id, { deletedAt: 5_000 });
    expect((await store.listAuditSummaries()).map((summary) => summary.audit.id)).toEqual([kept.id]);
    expect(await store.getAudit(deleted.id)).toBeUndefined();
    expect(await store.getAudit(kept.id)).toEqual(kept);
  });

  it('surfaces a browser without IndexedDB as a typed "unavailable" error', async () => {
    const db = new ReflectDatabase('no-idb', { indexedDB: undefined as unknown as IDBFactory, IDBKeyRange: undefined as unknown as typeof IDBKeyRange });
    const store = new AuditStore(db);
    await expect(store.listAuditSummaries()).rejects.toMatchObject({ name: 'StorageError', kind: 'unavailable' });
  });
});

describe('toStorageError', () => {
  it.each([
    ['a QuotaExceededError', new DOMException('full', 'QuotaExceededError'), 'quota'],
    ['an abort caused by a full disk', { name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    ['a missing IndexedDB', { name: 'MissingAPIError' }, 'unavailable'],
    ['anything else', new Error('anything else'), 'unknown'],
  ])('maps %s to %s', (_label, error, kind) => {
    expect(toStorageError(error).kind).toBe(kind);
  });
});
