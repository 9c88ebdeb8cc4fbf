import { describe, expect, it, vi } from 'vitest';
import { makeEdit, type AuditEdit } from '../../src/core/audit-edit';
import { blankAction } from '../../src/core/plan-actions';
import { ActionStore } from '../../src/storage/action-store';
import { AuditEditStore } from '../../src/storage/audit-edit-store';
import { Autosaver } from '../../src/storage/autosaver';
import { EditJournal, JOURNAL_KEY_PREFIX } from '../../src/storage/edit-journal';
import { MemoryStorage } from './support/memory-storage';
import { fillDisk, openWithAudit } from './support/test-database';

const note = (value: string, base = ''): AuditEdit => makeEdit('answer', 'a1', 'note', value, base, Date.now());
const rating = (value: number): AuditEdit => makeEdit('answer', 'a1', 'rating', value, null, Date.now());
const noteField = { kind: 'answer', recordId: 'a1', field: 'note' } as const;
const ratingField = { kind: 'answer', recordId: 'a1', field: 'rating' } as const;

/** A real store on fake-indexeddb; `hold()` keeps the next write waiting until released, as a slow disk would. */
async function setUp() {
  const opened = await openWithAudit();
  const store = new AuditEditStore(opened.db);
  let gate: Promise<void> = Promise.resolve();
  const writesStarted: string[] = [];
  const slowStore = {
    saveEdits: (auditId: string, edits: readonly AuditEdit[]): ReturnType<AuditEditStore['saveEdits']> => {
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
    expect(saver.isUnsaved(audit.id, noteField)).toBe(true);
    expect(saver.isUnsaved(audit.id, ratingField)).toBe(false);
    await saver.flush();
    expect(journalled()).toEqual([]);
    expect(saver.isUnsaved(audit.id, noteField)).toBe(false);
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
    expect(saver.getStatus()).toEqual({ state: 'failed', message: expect.stringContaining('out of storage space'), canRetry: true });
    expect(listener).toHaveBeenCalled();
    expect(journalled()).toHaveLength(2);
    expect(saver.isUnsaved(audit.id, noteField)).toBe(true);

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
    expect(saver.getStatus({ auditId: 'deleted-in-another-tab' })).toEqual({ state: 'failed', message: 'That audit could not be found. It may have been deleted.', canRetry: false });
    expect(saver.getStatus({ auditId: audit.id })).toEqual({ state: 'saved' });
    expect(journalled()).toEqual([]);
    expect(saver.isUnsaved(audit.id, ratingField)).toBe(false);
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

  it('keeps a status per record, so each editor shows its own, and a page can ask about a whole audit', async () => {
    const { db, audit, saver, hold } = await setUp();
    const action = await new ActionStore(db, { newId: () => 'action-1' }).addAction(audit.id, blankAction());
    const actionScope = { auditId: audit.id, kind: 'action', recordId: action.id } as const;
    expect(saver.getStatus(actionScope)).toEqual({ state: 'idle' });
    saver.queue(audit.id, note('answer'));
    expect(saver.getStatus(actionScope)).toEqual({ state: 'idle' });
    expect(saver.getStatus({ auditId: audit.id })).toEqual({ state: 'saving' });
    const first = saver.getStatus({ auditId: audit.id });
    expect(saver.getStatus({ auditId: audit.id })).toBe(first);
    const release = hold();
    saver.queue(audit.id, makeEdit('action', action.id, 'lead', 'Head', '', Date.now()));
    const writing = saver.flush();
    expect(saver.getStatus(actionScope)).toEqual({ state: 'saving' });
    expect(saver.isUnsaved(audit.id, { kind: 'action', recordId: action.id, field: 'lead' })).toBe(true);
    release();
    await writing;
    expect(saver.getStatus(actionScope)).toEqual({ state: 'saved' });
    expect(saver.getStatus({ auditId: audit.id, kind: 'review' })).toEqual({ state: 'idle' });
    expect(await db.actions.get(action.id)).toMatchObject({ lead: 'Head' });
  });

  it('drops the edits of an action deleted in another tab, says so for that action only, and saves the rest', async () => {
    const { db, audits, audit, saver, journalled } = await setUp();
    const action = await new ActionStore(db, { newId: () => 'action-1' }).addAction(audit.id, blankAction());
    await db.actions.delete(action.id);
    saver.queue(audit.id, makeEdit('action', action.id, 'successMeasure', 'Typed into a deleted action', '', Date.now()));
    saver.queue(audit.id, note('saved alongside'));
    await saver.flush();
    expect(saver.getStatus({ auditId: audit.id, kind: 'action', recordId: action.id })).toEqual({
      state: 'failed',
      message: 'That action could not be found. It may have been deleted in another tab.',
      canRetry: false,
    });
    expect(saver.getStatus({ auditId: audit.id, kind: 'answer' })).toEqual({ state: 'saved' });
    expect(journalled()).toEqual([]);
    expect(saver.isUnsaved(audit.id, { kind: 'action', recordId: action.id, field: 'successMeasure' })).toBe(false);
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: null, note: 'saved alongside' } });
  });

  it('refuses priority areas that do not fit the toolkit with the message the form shows, without queuing them again', async () => {
    const { db, audit, saver, journalled } = await setUp();
    const scope = { auditId: audit.id, kind: 'audit' } as const;
    saver.queue(audit.id, makeEdit('audit', audit.id, 'priorityDomainIds', ['first'], [], Date.now()));
    await saver.flush();
    expect(saver.getStatus(scope)).toEqual({ state: 'failed', message: 'Choose at least 2 priority areas, or none', canRetry: false });
    expect(journalled()).toEqual([]);
    await saver.flush();
    saver.queue(audit.id, makeEdit('audit', audit.id, 'priorityDomainIds', ['second', 'first'], [], Date.now()));
    await saver.flush();
    expect(saver.getStatus(scope)).toEqual({ state: 'saved' });
    expect((await db.audits.get(audit.id))?.priorityDomainIds).toEqual(['first', 'second']);
  });

  it('retries a failed write by itself', async () => {
    const opened = await openWithAudit();
    const saver = new Autosaver({ store: new AuditEditStore(opened.db), delayMs: 1, retryMs: 5 });
    const freeSpace = fillDisk(opened.db);
    saver.queue(opened.audit.id, note('retried'));
    await vi.waitFor(() => expect(saver.getStatus().state).toBe('failed'));
    freeSpace();
    await vi.waitFor(() => expect(saver.getStatus()).toEqual({ state: 'saved' }));
    expect(await opened.audits.getAnswers(opened.audit.id)).toEqual({ a1: { rating: null, note: 'retried' } });
  });
});
