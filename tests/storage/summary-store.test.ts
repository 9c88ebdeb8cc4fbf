import { afterEach, describe, expect, it } from 'vitest';
import { parseSummary } from '../../src/core/school-summary-parse';
import { serializeSummary, type SchoolSummary } from '../../src/core/school-summary';
import type { ReflectDatabase } from '../../src/storage/db';
import { SummaryStore } from '../../src/storage/summary-store';
import { makeDatabase } from '../fixtures/database';
import { APP, attendance, makeSchoolSummary } from '../fixtures/school-summaries';

const opened: ReflectDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function makeStore() {
  const db = makeDatabase();
  opened.push(db);
  return new SummaryStore(db, { now: () => 7_000 });
}

const file = (fileName: string, content: SchoolSummary | string) => ({ fileName, result: parseSummary(typeof content === 'string' ? content : serializeSummary(content), APP) });

describe('SummaryStore', () => {
  it('keeps the summaries apart from the audits, one per self-evaluation, the newest file winning', async () => {
    const store = makeStore();
    const oak = makeSchoolSummary({ auditId: 'oak-1', urn: '100001' });
    const oakAgain = makeSchoolSummary({ auditId: 'oak-1', urn: '100001', ratings: 4, now: new Date('2026-12-05T10:00:00Z') });
    const outcomes = await store.importSummaries([file('oak.json', oak), file('broken.json', '{"format":"reflect-school-summary"'), file('elm.json', makeSchoolSummary({ school: 'Elm', auditId: 'elm' }))]);
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['added', 'refused', 'added']);
    expect(await store.db.audits.count()).toBe(0);
    expect((await store.importSummaries([file('oak-again.json', oakAgain)])).map((outcome) => outcome.kind)).toEqual(['replaced']);
    const stored = await store.getSummary('oak-1');
    expect(stored).toMatchObject({ schoolKey: 'urn:100001', toolkitId: attendance.id, toolkitVersion: attendance.version, importedAt: 7_000 });
    expect(stored?.summary).toEqual(oakAgain);
    expect((await store.listSummaries()).map((row) => row.selfEvaluationId).sort()).toEqual(['elm', 'oak-1']);
  });

  it('removes every summary of one school, of every toolkit and round, and no other school’s', async () => {
    const store = makeStore();
    const otherToolkit = { ...attendance, id: 'positive-relationships' };
    await store.importSummaries([
      file('a.json', makeSchoolSummary({ auditId: 'oak-autumn', date: '2026-10-01' })),
      file('b.json', makeSchoolSummary({ auditId: 'oak-spring', date: '2027-03-01' })),
      file('c.json', makeSchoolSummary({ auditId: 'oak-relationships', toolkit: otherToolkit })),
      file('d.json', makeSchoolSummary({ school: 'Elm', auditId: 'elm' })),
    ]);
    expect((await store.listSchool('name:oak primary')).map((row) => row.selfEvaluationId).sort()).toEqual(['oak-autumn', 'oak-relationships', 'oak-spring']);
    expect(await store.removeSchool('name:oak primary')).toBe(3);
    expect((await store.listSummaries()).map((row) => row.selfEvaluationId)).toEqual(['elm']);
    expect(await store.getSummary('oak-spring')).toBeUndefined();
  });
});
