/**
 * A toolkit file changes (an indicator added, reworded, removed): audits made
 * with the old version still open, score and print exactly as they did,
 * because each audit reads the definition stored with it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildPlanReport } from '../../src/core/plan-report';
import { scoreAudit } from '../../src/core/score-audit';
import { carryAnswersForward, diffToolkits } from '../../src/core/toolkit-diff';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { AuditStore } from '../../src/storage/audit-store';
import type { ReflectDatabase } from '../../src/storage/db';
import { loadPlanSources } from '../../src/storage/plan-data';
import { makeDatabase } from '../fixtures/database';
import { makeToolkit } from '../fixtures/toolkits';

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
    await store.saveAnswers(old.id, [
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

  it('say what changed, and carry answers forward by indicator id for the next review', async () => {
    const diff = diffToolkits(makeToolkit(), makeNewerToolkit());
    expect(diff.removed.map((indicator) => indicator.indicatorId)).toEqual(['a3']);
    expect(diff.added.map((indicator) => indicator.indicatorId)).toEqual(['b3']);
    expect(diff.changed.map((indicator) => indicator.indicatorId)).toEqual(['a1']);
    const carried = carryAnswersForward({ a1: { rating: 4, note: '' }, a3: { rating: 1, note: 'Only in version 1' } }, makeNewerToolkit());
    expect(carried.answers).toEqual({ a1: { rating: 4, note: '' } });
    expect(carried.notCarried).toEqual([{ indicatorId: 'a3', rating: 1, note: 'Only in version 1' }]);
  });
});
