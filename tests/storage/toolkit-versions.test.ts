/**
 * A toolkit file changes (an indicator added, reworded, removed): audits made
 * with the old version still open, score and print exactly as they did,
 * because each audit reads the definition stored with it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildPlanReport } from '../../src/core/plan-report';
import { scoreAudit } from '../../src/core/score-audit';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { AuditLifecycleStore } from '../../src/storage/audit-lifecycle-store';
import { AuditStore } from '../../src/storage/audit-store';
import type { ReflectDatabase } from '../../src/storage/db';
import { loadPlanSources } from '../../src/storage/plan-data';
import { makeDatabase } from '../fixtures/database';
import { makeToolkit } from '../fixtures/toolkits';
import { putAnswers } from './support/test-database';

const opened: ReflectDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function makeNewerToolkit(): Toolkit {
  const newer = makeToolkit();
  newer.version = '2.0.0';
  const [first, second] = newer.domains;
  first!.title = 'First domain, renamed';
  first!.indicators[0]!.statement = 'Reworded a1.';
  first!.indicators.splice(2, 1); // a3 removed
  second!.indicators.push({ ...structuredClone(second!.indicators[0]!), id: 'b3', statement: 'A new indicator.' });
  return newer;
}

const details = { school: 'Northfield Primary', title: 'Autumn review', date: '2026-11-25', participants: 'Head' };

describe('audits made with an older toolkit version', () => {
  it('open, score and print as they did after a newer version is in use', async () => {
    const db = makeDatabase();
    opened.push(db);
    const store = new AuditStore(db);
    const old = await store.createAudit(makeToolkit(), details);
    await putAnswers(db, old.id, [
      { indicatorId: 'a1', rating: 4, note: '' },
      { indicatorId: 'a3', rating: 1, note: 'Only in version 1' },
      { indicatorId: 'b1', rating: 2, note: '' },
    ]);
    // The plan is built from what is stored with the audit, as the plan page and the PDF build it.
    const reportBefore = buildPlanReport(await loadPlanSources(db, old.id));
    expect(reportBefore.toolkitVersion).toBe('1.0.0');
    expect(reportBefore.domains[0]!.indicators.map((indicator) => [indicator.statement, indicator.rating])).toEqual([
      ['Statement for a1.', 'Embedded'],
      ['Statement for a2.', 'Not answered'],
      ['Statement for a3.', 'Not yet in place'],
    ]);

    // The toolkit file changes and the next review uses the new version.
    await store.createAudit(makeNewerToolkit(), { ...details, title: 'Spring review' });

    const openedAfter = await store.getToolkit(old.toolkitId, old.toolkitVersion);
    expect(openedAfter).toEqual(makeToolkit());
    const scoreAfter = scoreAudit(openedAfter!, await store.getAnswers(old.id));
    expect(scoreAfter.domains.map((domain) => [domain.title, domain.score])).toEqual([
      ['First domain', 2.5],
      ['Second domain', 2],
    ]);
    expect(buildPlanReport(await loadPlanSources(db, old.id))).toEqual(reportBefore);
    expect(await db.toolkits.count()).toBe(2);
  });

  it('carry answers forward by indicator id when the next review uses the newer version, listing what stays behind', async () => {
    const db = makeDatabase();
    opened.push(db);
    const old = await new AuditStore(db).createAudit(makeToolkit(), details);
    await putAnswers(db, old.id, [
      { indicatorId: 'a1', rating: 4, note: '' },
      { indicatorId: 'a3', rating: 1, note: 'Only in version 1' },
    ]);
    const next = await new AuditLifecycleStore(db).startNextReview(old.id, makeNewerToolkit(), { title: 'Spring review', date: '2027-03-20', participants: '' });
    expect(next.answers.map(({ indicatorId, rating, note }) => ({ indicatorId, rating, note }))).toEqual([{ indicatorId: 'a1', rating: 4, note: '' }]);
    expect(next.leftBehind.indicatorIds).toEqual(['a3']);
    expect(await new AuditStore(db).getAnswers(old.id)).toMatchObject({ a3: { rating: 1, note: 'Only in version 1' } });
  });
});
