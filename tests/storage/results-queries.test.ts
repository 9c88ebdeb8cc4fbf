import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { AuditStore, type NewAudit } from '../../src/storage/audit-store';
import { ReflectDatabase } from '../../src/storage/db';
import { NO_COMPARISON, loadResults } from '../../src/storage/results-queries';
import { makeToolkit } from '../fixtures/toolkits';
import { putAnswers } from './support/test-database';

const opened: ReflectDatabase[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function setUp() {
  const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  let time = 0;
  let id = 0;
  const store = new AuditStore(db, { now: () => (time += 1_000), newId: () => `audit-${++id}` });
  const create = (details: Partial<NewAudit> = {}, toolkit: Toolkit = makeToolkit()) =>
    store.createAudit(toolkit, { school: 'Northfield', title: 'Review', date: '2026-11-25', participants: '', ...details });
  return { db, store, create };
}

describe('loadResults', () => {
  it('loads the audit, its toolkit, answers and reflections', async () => {
    const { db, create } = await setUp();
    const audit = await create();
    await putAnswers(db, audit.id, [{ indicatorId: 'a1', rating: 3, note: 'Weekly meetings' }]);
    await db.reflections.put({ auditId: audit.id, domainId: 'first', workingWell: 'Calm', evenBetterIf: 'Calls', updatedAt: 1 });
    const results = await loadResults(db, audit.id, undefined);
    expect(results).toMatchObject({
      audit: { id: audit.id },
      toolkit: { id: 'test-toolkit' },
      answers: { a1: { rating: 3, note: 'Weekly meetings' } },
      reflections: [{ domainId: 'first', workingWell: 'Calm' }],
      earlierAudits: [],
      comparison: null,
      compareChoice: NO_COMPARISON,
      comparisonProblem: null,
    });
  });

  it('is null for an audit that does not exist', async () => {
    const { db } = await setUp();
    expect(await loadResults(db, 'missing', undefined)).toBeNull();
  });

  it('offers earlier audits of the same toolkit only, newest first', async () => {
    const { db, create } = await setUp();
    const spring = await create({ title: 'Spring', date: '2026-03-01' });
    const summer = await create({ title: 'Summer', date: '2026-07-01' });
    await create({ title: 'Other toolkit', date: '2026-05-01' }, { ...makeToolkit(), id: 'other-toolkit' });
    await create({ title: 'Later', date: '2027-01-01' });
    const autumn = await create({ title: 'Autumn', date: '2026-11-25' });
    const results = await loadResults(db, autumn.id, undefined);
    expect(results?.earlierAudits.map((audit) => audit.id)).toEqual([summer.id, spring.id]);
  });

  it('compares by default with the audit this one was started from', async () => {
    const { db, create } = await setUp();
    const summer = await create({ title: 'Summer', date: '2026-07-01' });
    await putAnswers(db, summer.id, [{ indicatorId: 'a1', rating: 1, note: '' }]);
    const autumn = await create({ title: 'Autumn' });
    await db.audits.update(autumn.id, { basedOnAuditId: summer.id });
    const results = await loadResults(db, autumn.id, undefined);
    expect(results?.compareChoice).toBe(summer.id);
    expect(results?.comparison).toMatchObject({ audit: { id: summer.id }, toolkit: { id: 'test-toolkit' }, answers: { a1: { rating: 1 } } });
  });

  it('compares with nothing when asked, even when there is a default', async () => {
    const { db, create } = await setUp();
    const summer = await create({ date: '2026-07-01' });
    const autumn = await create();
    await db.audits.update(autumn.id, { basedOnAuditId: summer.id });
    const results = await loadResults(db, autumn.id, NO_COMPARISON);
    expect(results).toMatchObject({ comparison: null, compareChoice: NO_COMPARISON, comparisonProblem: null });
  });

  it('compares with the audit chosen', async () => {
    const { db, create } = await setUp();
    const spring = await create({ date: '2026-03-01' });
    const summer = await create({ date: '2026-07-01' });
    const autumn = await create();
    await db.audits.update(autumn.id, { basedOnAuditId: summer.id });
    expect((await loadResults(db, autumn.id, spring.id))?.comparison?.audit.id).toBe(spring.id);
  });

  it('explains a chosen audit that is gone or of another toolkit', async () => {
    const { db, create } = await setUp();
    const other = await create({ date: '2026-03-01' }, { ...makeToolkit(), id: 'other-toolkit' });
    const autumn = await create();
    for (const choice of ['deleted-audit', other.id]) {
      const results = await loadResults(db, autumn.id, choice);
      expect(results).toMatchObject({ comparison: null, compareChoice: NO_COMPARISON });
      expect(results?.comparisonProblem).toMatch(/could not be found/);
    }
  });

  it('neither shows a deleted audit nor offers one for comparison', async () => {
    const { db, create } = await setUp();
    const summer = await create({ title: 'Summer', date: '2026-07-01' });
    const spring = await create({ title: 'Spring', date: '2026-03-01' });
    const autumn = await create({ title: 'Autumn' });
    await db.audits.update(autumn.id, { basedOnAuditId: summer.id });
    await db.audits.update(summer.id, { deletedAt: 9_000 });
    const results = await loadResults(db, autumn.id, undefined);
    expect(results?.earlierAudits.map((audit) => audit.id)).toEqual([spring.id]);
    expect(results).toMatchObject({ comparison: null, compareChoice: NO_COMPARISON, comparisonProblem: null });
    expect((await loadResults(db, autumn.id, summer.id))?.comparisonProblem).toMatch(/could not be found/);
    expect(await loadResults(db, summer.id, undefined)).toBeNull();
  });
});
