import { describe, expect, it } from 'vitest';
import { makeEdit, type AuditEdit } from '../../src/core/audit-edit';
import { blankAction } from '../../src/core/plan-actions';
import { responseRecordId } from '../../src/core/team-response-edit';
import { ActionStore } from '../../src/storage/action-store';
import { AuditEditStore } from '../../src/storage/audit-edit-store';
import { EditJournal, JOURNAL_KEY_PREFIX } from '../../src/storage/edit-journal';
import { TeamStore } from '../../src/storage/team-store';
import { MemoryStorage } from './support/memory-storage';
import { fillDisk, openWithAudit } from './support/test-database';

const note = (value: string, base = ''): AuditEdit => makeEdit('answer', 'a1', 'note', value, base, 100);

describe('EditJournal', () => {
  it('keeps each page’s unsaved edits under its own key, and removes the key once all are saved', () => {
    const storage = new MemoryStorage();
    const one = new EditJournal(storage, 'page-one');
    const two = new EditJournal(storage, 'page-two');
    expect(one.record([{ auditId: 'autumn', edit: note('one') }])).toBe(true);
    two.record([{ auditId: 'autumn', edit: note('two') }]);
    expect(JSON.parse(storage.getItem(`${JOURNAL_KEY_PREFIX}page-one`)!)).toEqual({ version: 2, entries: [{ auditId: 'autumn', edit: note('one') }] });
    one.record([]);
    expect(storage.getItem(`${JOURNAL_KEY_PREFIX}page-one`)).toBeNull();
    expect(storage.getItem(`${JOURNAL_KEY_PREFIX}page-two`)).not.toBeNull();
  });

  it('replays what a closed page left behind into IndexedDB, then forgets it', async () => {
    const { db, audits, audit } = await openWithAudit();
    const storage = new MemoryStorage();
    new EditJournal(storage, 'closed-page').record([
      { auditId: audit.id, edit: note('typed just before the lid closed') },
      { auditId: audit.id, edit: makeEdit('reflection', 'first', 'evenBetterIf', 'More data', '', 100) },
    ]);
    const edits = new AuditEditStore(db);
    const result = await new EditJournal(storage, 'reopened-page').replay(edits);
    expect(result).toEqual({ applied: 2, skipped: 0, kept: 0 });
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: null, note: 'typed just before the lid closed' } });
    expect(await edits.getReflections(audit.id)).toEqual({ first: { workingWell: '', evenBetterIf: 'More data' } });
    expect(storage.length).toBe(0);
  });

  it('never replays its own page’s journal (those edits are still being saved)', async () => {
    const { db, audits, audit } = await openWithAudit();
    const storage = new MemoryStorage();
    const journal = new EditJournal(storage, 'this-page');
    journal.record([{ auditId: audit.id, edit: note('in flight') }]);
    expect(await journal.replay(new AuditEditStore(db))).toEqual({ applied: 0, skipped: 0, kept: 0 });
    expect(await audits.getAnswers(audit.id)).toEqual({});
    expect(storage.length).toBe(1);
  });

  it('keeps the journal for a later try when IndexedDB cannot take the edits', async () => {
    const { db, audit } = await openWithAudit();
    const storage = new MemoryStorage();
    new EditJournal(storage, 'closed-page').record([{ auditId: audit.id, edit: note('must not be lost') }]);
    fillDisk(db);
    expect(await new EditJournal(storage, 'reopened-page').replay(new AuditEditStore(db))).toEqual({ applied: 0, skipped: 0, kept: 1 });
    expect(storage.getItem(`${JOURNAL_KEY_PREFIX}closed-page`)).toContain('must not be lost');
  });

  it('replays an edit of every kind of record, each checked as it is read back', async () => {
    const { db, audits, audit } = await openWithAudit();
    const action = await new ActionStore(db, { newId: () => 'action-1' }).addAction(audit.id, blankAction('first'));
    const storage = new MemoryStorage();
    new EditJournal(storage, 'closed-page').record([
      { auditId: audit.id, edit: makeEdit('answer', 'a1', 'rating', 'n/a', null, 100) },
      { auditId: audit.id, edit: makeEdit('action', action.id, 'successMeasure', 'Typed as the tab closed', '', 100) },
      { auditId: audit.id, edit: makeEdit('action', action.id, 'domainId', null, 'first', 100) },
      { auditId: audit.id, edit: makeEdit('audit', audit.id, 'priorityDomainIds', ['second', 'first'], [], 100) },
    ]);
    expect(await new EditJournal(storage, 'reopened-page').replay(new AuditEditStore(db))).toEqual({ applied: 4, skipped: 0, kept: 0 });
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: 'n/a', note: '' } });
    expect(await db.actions.get(action.id)).toMatchObject({ successMeasure: 'Typed as the tab closed', domainId: null });
    expect((await db.audits.get(audit.id))?.priorityDomainIds).toEqual(['first', 'second']);
  });

  it('replays the ratings of someone rating in turn on this device, but not of someone who rates on their own laptop', async () => {
    const { db, audits, audit } = await openWithAudit();
    let next = 0;
    const team = new TeamStore(db, { newId: () => `person-${++next}` });
    await team.setTeam(audit.id, { mode: 'anonymous', leadGroupId: 'senior-leaders' });
    const kim = await team.addRespondent(audit.id, { name: 'Kim', groupId: 'governors', takesPart: 'this-device' });
    const sam = await team.addRespondent(audit.id, { name: 'Sam', groupId: 'teaching-staff', takesPart: 'own-device' });
    const storage = new MemoryStorage();
    new EditJournal(storage, 'closed-page').record([
      { auditId: audit.id, edit: makeEdit('response', responseRecordId(kim.id, 'a1'), 'rating', 3, null, 100) },
      { auditId: audit.id, edit: makeEdit('response', responseRecordId(kim.id, 'a1'), 'note', 'Typed as the lid closed', '', 100) },
      { auditId: audit.id, edit: makeEdit('response', responseRecordId(sam.id, 'a1'), 'rating', 1, null, 100) },
    ]);
    expect(await new EditJournal(storage, 'reopened-page').replay(new AuditEditStore(db))).toEqual({ applied: 2, skipped: 1, kept: 0 });
    expect(await db.responses.toArray()).toEqual([{ auditId: audit.id, respondentId: kim.id, indicatorId: 'a1', rating: 3, note: 'Typed as the lid closed', updatedAt: expect.any(Number) }]);
    // The lead's own answers are not where a colleague's ratings go.
    expect(await audits.getAnswers(audit.id)).toEqual({});
    expect(storage.length).toBe(0);
  });

  it('still replays a version 1 journal (ratings, notes and reflections), left by the app before this one', async () => {
    const { db, audits, audit } = await openWithAudit();
    const storage = new MemoryStorage();
    // Exactly what the earlier version wrote.
    const entries = [
      { auditId: audit.id, edit: { kind: 'rating', indicatorId: 'a1', value: 3, base: null, editedAt: 100 } },
      { auditId: audit.id, edit: { kind: 'note', indicatorId: 'a1', value: 'Written before the update', base: '', editedAt: 100 } },
      { auditId: audit.id, edit: { kind: 'reflection', domainId: 'first', field: 'evenBetterIf', value: 'More data', base: '', editedAt: 100 } },
    ];
    storage.setItem(`${JOURNAL_KEY_PREFIX}old-page`, JSON.stringify({ version: 1, entries }));
    const edits = new AuditEditStore(db);
    expect(await new EditJournal(storage, 'reopened-page').replay(edits)).toEqual({ applied: 3, skipped: 0, kept: 0 });
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: 3, note: 'Written before the update' } });
    expect(await edits.getReflections(audit.id)).toEqual({ first: { workingWell: '', evenBetterIf: 'More data' } });
    expect(storage.length).toBe(0);
  });

  // Each journal also holds a good edit, which must not be applied either: a journal is read whole or not at all.
  const withGoodEdit = (version: number, edit: unknown) => JSON.stringify({ version, entries: [{ auditId: 'autumn', edit: note('fine') }, { auditId: 'autumn', edit }] });
  it.each([
    ['cut off', '{"version":2,"entries":[{"auditId":"autumn","edit":{"kind":"answer"'],
    ['from a future version', JSON.stringify({ version: 3, entries: [{ auditId: 'autumn', edit: note('?') }] })],
    ['holding a rating that is not one', withGoodEdit(2, { ...note(''), field: 'rating', value: 'very good', base: null })],
    ['holding an unknown kind', withGoodEdit(2, { ...note('x'), kind: 'governor' })],
    ['holding a field people do not edit', withGoodEdit(2, { ...note('x'), kind: 'action', recordId: 'action-1', field: 'auditId' })],
    ['holding __proto__ as a field', withGoodEdit(2, { ...note('x'), field: '__proto__' })],
    ['holding an action status the app does not offer', withGoodEdit(2, { ...note('x'), kind: 'action', field: 'status', value: 'finished', base: 'done' })],
    ['holding a response rating that is not one', withGoodEdit(2, { ...note(''), kind: 'response', recordId: 'person-1/a1', field: 'rating', value: 'very good', base: null })],
    ['holding priority areas that are not a list of ids', withGoodEdit(2, { ...note('x'), kind: 'audit', recordId: 'autumn', field: 'priorityDomainIds', value: 'first', base: [] })],
    ['holding an edit without its time', withGoodEdit(2, { ...note('x'), editedAt: undefined })],
    ['version 1 holding the new shape', JSON.stringify({ version: 1, entries: [{ auditId: 'autumn', edit: note('x') }] })],
    ['version 1 holding a bad rating', withGoodEdit(1, { kind: 'rating', indicatorId: 'a1', value: 'very good', base: null, editedAt: 1 })],
  ])('removes a journal %s, and applies nothing from it', async (_name, text) => {
    const { db, audits, audit } = await openWithAudit();
    const storage = new MemoryStorage();
    storage.setItem(`${JOURNAL_KEY_PREFIX}unreadable`, text);
    storage.setItem('unrelated', 'left alone');
    await new EditJournal(storage, 'reopened-page').replay(new AuditEditStore(db));
    expect(await audits.getAnswers(audit.id)).toEqual({});
    expect(storage.length).toBe(1);
  });

  it('reports, rather than throws, when localStorage is full or missing', () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    expect(new EditJournal(storage, 'page').record([{ auditId: 'autumn', edit: note('x') }])).toBe(false);
    expect(new EditJournal(undefined, 'page').record([{ auditId: 'autumn', edit: note('x') }])).toBe(false);
  });
});
