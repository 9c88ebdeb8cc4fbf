/**
 * Agreeing a statement's level in the meeting, through the one save path
 * (autosaver, journal, edit store) on real Dexie: the agreed level becomes
 * the audit's rating, and so its scores, until it is changed or cleared.
 */
import { describe, expect, it } from 'vitest';
import { makeEdit, type AuditEdit } from '../../src/core/audit-edit';
import type { Rating } from '../../src/core/audit';
import { scoreAudit } from '../../src/core/score-audit';
import { AuditEditStore } from '../../src/storage/audit-edit-store';
import { Autosaver } from '../../src/storage/autosaver';
import { EditJournal } from '../../src/storage/edit-journal';
import { loadResults } from '../../src/storage/results-queries';
import { TeamStore } from '../../src/storage/team-store';
import { MemoryStorage } from './support/memory-storage';
import { openWithAudit, putAnswers } from './support/test-database';

/**
 * The lead (Ms Patel) and three colleagues rate the first domain's three
 * statements: a1 is a disagreement (1, 1, 4, 4: median halfway, so the lower, 1, stands in).
 */
async function teamAudit() {
  const opened = await openWithAudit();
  let id = 0;
  const team = new TeamStore(opened.db, { now: () => 1_000, newId: () => `person-${++id}` });
  await team.setTeam(opened.audit.id, { mode: 'anonymous', leadGroupId: 'senior-leaders' });
  await putAnswers(opened.db, opened.audit.id, [
    { indicatorId: 'a1', rating: 1, note: '' },
    { indicatorId: 'a2', rating: 3, note: '' },
    { indicatorId: 'a3', rating: 3, note: '' },
  ]);
  const colleagues: Record<string, Rating>[] = [
    { a1: 1, a2: 3, a3: 3 },
    { a1: 4, a2: 3, a3: 3 },
    { a1: 4, a2: 3, a3: 3 },
  ];
  for (const [index, ratings] of colleagues.entries()) {
    const respondent = await team.addRespondent(opened.audit.id, { name: `Colleague ${index + 1}`, groupId: 'teaching-staff', takesPart: 'own-device' });
    await opened.db.responses.bulkPut(
      Object.entries(ratings).map(([indicatorId, rating]) => ({ auditId: opened.audit.id, respondentId: respondent.id, indicatorId, rating, note: '', updatedAt: 1_000 })),
    );
  }
  const storage = new MemoryStorage();
  const store = new AuditEditStore(opened.db);
  const saver = new Autosaver({ store, journal: new EditJournal(storage, 'meeting-page'), delayMs: 60_000, retryMs: 60_000 });
  const read = async () => {
    const results = (await loadResults(opened.db, opened.audit.id, undefined))!;
    const spread = results.team!.combined.indicators.find((indicator) => indicator.indicatorId === 'a1')!;
    return { answer: results.answers.a1, spread, firstDomain: scoreAudit(results.toolkit, results.answers).domains[0]!.score };
  };
  return { ...opened, saver, storage, store, read };
}

const agreement = (field: 'rating', value: Rating, base: Rating): AuditEdit => makeEdit('agreement', 'a1', field, value, base, Date.now());

describe('agreeing a level through the save path', () => {
  it('makes the agreed level the audit’s rating, and so its score; changing it and clearing it follow', async () => {
    const { audit, saver, read } = await teamAudit();
    // Until agreed, the lower middle level (1) stands in: (1 + 3 + 3) / 3.
    expect(await read()).toMatchObject({ spread: { source: 'median', rating: 1, median: 2.5 }, firstDomain: 7 / 3 });

    saver.queue(audit.id, agreement('rating', 4, null));
    saver.queue(audit.id, makeEdit('agreement', 'a1', 'reason', 'Every register is taken by 9:10', '', Date.now()));
    await saver.flush();
    expect(saver.getStatus({ auditId: audit.id })).toEqual({ state: 'saved' });
    expect(await read()).toMatchObject({
      answer: { rating: 4, note: 'Every register is taken by 9:10' },
      spread: { source: 'agreed', rating: 4, reason: 'Every register is taken by 9:10', median: 2.5, isDisagreement: true },
      firstDomain: 10 / 3,
    });

    // Agreed not applicable: the statement leaves the score.
    saver.queue(audit.id, agreement('rating', 'n/a', 4));
    await saver.flush();
    expect(await read()).toMatchObject({ spread: { source: 'agreed', rating: 'n/a' }, firstDomain: 3 });

    // Cleared: the median stands in again, and says so.
    saver.queue(audit.id, agreement('rating', null, 'n/a'));
    await saver.flush();
    expect(await read()).toMatchObject({ spread: { source: 'median', rating: 1 }, firstDomain: 7 / 3 });
  });

  it('keeps an agreement made just before the page closed: the journal replays it', async () => {
    const { audit, saver, storage, store, read } = await teamAudit();
    saver.queue(audit.id, agreement('rating', 3, null));
    // The lid shuts before the write: only the journal has the edit.
    expect((await read()).spread.source).toBe('median');
    expect(await new EditJournal(storage, 'the-next-page').replay(store)).toMatchObject({ applied: 1 });
    expect(await read()).toMatchObject({ spread: { source: 'agreed', rating: 3 }, firstDomain: 3 });
  });
});
