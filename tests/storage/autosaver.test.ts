import { describe, expect, it, vi } from 'vitest';
import type { AuditEdit } from '../../src/core/audit-edit';
import { AuditEditStore } from '../../src/storage/audit-edit-store';
import { Autosaver } from '../../src/storage/autosaver';
import { EditJournal, JOURNAL_KEY_PREFIX } from '../../src/storage/edit-journal';
import { MemoryStorage } from './support/memory-storage';
import { fillDisk, openWithAudit } from './support/test-database';

const note = (value: string, base = ''): AuditEdit => ({ kind: 'note', indicatorId: 'a1', value, base, editedAt: Date.now() });
const rating = (value: number): AuditEdit => ({ kind: 'rating', indicatorId: 'a1', value, base: null, editedAt: Date.now() });

/** A real store on fake-indexeddb; `hold()` keeps the next write waiting until released, as a slow disk would. */
async function setUp() {
  const opened = await openWithAudit();
  const store = new AuditEditStore(opened.db);
  let gate: Promise<void> = Promise.resolve();
  const writesStarted: string[] = [];
  const slowStore = {
    saveEdits: (auditId: string, edits: readonly AuditEdit[]) => {
      writesStarted.push(auditId);
      return gate.then(() => store.saveEdits(auditId, edits));
    },
  };
  const hold = () => {
    let release = () => {};
    gate = new Promise((resolve) => (release = resolve));
    return () => release();
  };
  const storage = new MemoryStorage();
  const journal = new EditJournal(storage, 'this-page');
  // A long delay: these tests flush explicitly, except the one that waits for the timer.
  const saver = new Autosaver({ store: slowStore, journal, delayMs: 60_000, retryMs: 60_000 });
  const journalled = () => JSON.parse(storage.getItem(`${JOURNAL_KEY_PREFIX}this-page`) ?? '{"entries":[]}').entries as unknown[];
  return { ...opened, saver, hold, journalled, writesStarted };
}

describe('Autosaver', () => {
  it('writes queued edits once typing pauses, without being asked', async () => {
    const opened = await openWithAudit();
    const saver = new Autosaver({ store: new AuditEditStore(opened.db), delayMs: 1, retryMs: 60_000 });
    saver.queue(opened.audit.id, note('autosaved'));
    expect(saver.getStatus()).toEqual({ state: 'saving' });
    await vi.waitFor(() => expect(saver.getStatus()).toEqual({ state: 'saved' }));
    expect(await opened.audits.getAnswers(opened.audit.id)).toEqual({ a1: { rating: null, note: 'autosaved' } });
  });

  it('journals every edit synchronously and clears the journal once the edit is committed', async () => {
    const { audits, audit, saver, journalled } = await setUp();
    saver.queue(audit.id, note('draft'));
    saver.queue(audit.id, note('draft, longer'));
    expect(journalled()).toEqual([{ auditId: audit.id, edit: expect.objectContaining({ value: 'draft, longer', base: '' }) }]);
    expect(saver.isUnsaved(audit.id, { kind: 'note', indicatorId: 'a1' })).toBe(true);
    expect(saver.isUnsaved(audit.id, { kind: 'rating', indicatorId: 'a1' })).toBe(false);
    await saver.flush();
    expect(journalled()).toEqual([]);
    expect(saver.isUnsaved(audit.id, { kind: 'note', indicatorId: 'a1' })).toBe(false);
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: null, note: 'draft, longer' } });
  });

  it('keeps an edit made while a write is in flight, and writes it next, with storage’s new value as its base', async () => {
    const { audits, audit, saver, hold, journalled, writesStarted } = await setUp();
    const release = hold();
    saver.queue(audit.id, note('first'));
    const firstWrite = saver.flush();
    await vi.waitFor(() => expect(writesStarted).toHaveLength(1));
    saver.queue(audit.id, note('second', 'first'));
    expect(journalled()).toHaveLength(2);
    release();
    await firstWrite;
    expect(journalled()).toEqual([{ auditId: audit.id, edit: expect.objectContaining({ value: 'second', base: 'first' }) }]);
    expect(saver.getStatus()).toEqual({ state: 'saving' });
    await saver.flush();
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: null, note: 'second' } });
    expect(saver.getStatus()).toEqual({ state: 'saved' });
  });

  it('on a full disk, says so with a typed error, keeps every edit, and saves them once there is space', async () => {
    const { db, audits, audit, saver, journalled } = await setUp();
    const listener = vi.fn();
    saver.subscribe(listener);
    const freeSpace = fillDisk(db);
    saver.queue(audit.id, note('typed on a full disk'));
    saver.queue(audit.id, rating(2));
    await saver.flush();
    expect(saver.getStatus()).toMatchObject({ state: 'failed', error: { name: 'StorageError', kind: 'quota' } });
    expect(listener).toHaveBeenCalled();
    expect(journalled()).toHaveLength(2);
    expect(saver.isUnsaved(audit.id, { kind: 'note', indicatorId: 'a1' })).toBe(true);

    saver.queue(audit.id, rating(3));
    expect(saver.getStatus().state).toBe('failed');
    freeSpace();
    await saver.flush();
    expect(saver.getStatus()).toEqual({ state: 'saved' });
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: 3, note: 'typed on a full disk' } });
    expect(journalled()).toEqual([]);
  });

  it('stops retrying edits for an audit deleted meanwhile, and says why', async () => {
    const { audit, saver, journalled } = await setUp();
    saver.queue('deleted-in-another-tab', note('nowhere to go'));
    saver.queue(audit.id, rating(4));
    await saver.flush();
    expect(saver.getStatus()).toMatchObject({ state: 'failed', error: { kind: 'not-found' } });
    expect(journalled()).toEqual([]);
    expect(saver.isUnsaved(audit.id, { kind: 'rating', indicatorId: 'a1' })).toBe(false);
  });

  it('keeps saving when the commit hook (used for measuring) throws', async () => {
    const opened = await openWithAudit();
    const saver = new Autosaver({
      store: new AuditEditStore(opened.db),
      delayMs: 60_000,
      retryMs: 60_000,
      onCommitted: () => {
        throw new TypeError('measure is not supported here');
      },
    });
    saver.queue(opened.audit.id, note('first'));
    await saver.flush();
    saver.queue(opened.audit.id, rating(4));
    await saver.flush();
    expect(saver.getStatus()).toEqual({ state: 'saved' });
    expect(await opened.audits.getAnswers(opened.audit.id)).toEqual({ a1: { rating: 4, note: 'first' } });
  });
});
