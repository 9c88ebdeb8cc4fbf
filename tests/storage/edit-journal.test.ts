import { describe, expect, it } from 'vitest';
import type { AuditEdit } from '../../src/core/audit-edit';
import { AuditEditStore } from '../../src/storage/audit-edit-store';
import { EditJournal, JOURNAL_KEY_PREFIX } from '../../src/storage/edit-journal';
import { MemoryStorage } from './support/memory-storage';
import { fillDisk, openWithAudit } from './support/test-database';

const note = (value: string, base = ''): AuditEdit => ({ kind: 'note', indicatorId: 'a1', value, base, editedAt: 100 });

describe('EditJournal', () => {
  it('keeps each page’s unsaved edits under its own key, and removes the key once all are saved', () => {
    const storage = new MemoryStorage();
    const one = new EditJournal(storage, 'page-one');
    const two = new EditJournal(storage, 'page-two');
    expect(one.record([{ auditId: 'autumn', edit: note('one') }])).toBe(true);
    two.record([{ auditId: 'autumn', edit: note('two') }]);
    expect(JSON.parse(storage.getItem(`${JOURNAL_KEY_PREFIX}page-one`)!)).toEqual({ version: 1, entries: [{ auditId: 'autumn', edit: note('one') }] });
    one.record([]);
    expect(storage.getItem(`${JOURNAL_KEY_PREFIX}page-one`)).toBeNull();
    expect(storage.getItem(`${JOURNAL_KEY_PREFIX}page-two`)).not.toBeNull();
  });

  it('replays what a closed page left behind into IndexedDB, then forgets it', async () => {
    const { db, audits, audit } = await openWithAudit();
    const storage = new MemoryStorage();
    new EditJournal(storage, 'closed-page').record([
      { auditId: audit.id, edit: note('typed just before the lid closed') },
      { auditId: audit.id, edit: { kind: 'reflection', domainId: 'first', field: 'evenBetterIf', value: 'More data', base: '', editedAt: 100 } },
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

  it('removes a journal it cannot read, and applies nothing from it', async () => {
    const { db, audits, audit } = await openWithAudit();
    const storage = new MemoryStorage();
    storage.setItem(`${JOURNAL_KEY_PREFIX}garbled`, '{"version":1,"entries":[{"auditId":"autumn","edit":{"kind":"note"');
    storage.setItem(`${JOURNAL_KEY_PREFIX}future`, JSON.stringify({ version: 2, entries: [{ auditId: audit.id, edit: note('?') }] }));
    const badRating = { kind: 'rating', indicatorId: 'a1', value: 'very good', base: null, editedAt: 1 };
    storage.setItem(`${JOURNAL_KEY_PREFIX}malformed`, JSON.stringify({ version: 1, entries: [{ auditId: audit.id, edit: note('fine') }, { auditId: audit.id, edit: badRating }] }));
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
