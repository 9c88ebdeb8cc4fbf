import { describe, expect, it } from 'vitest';
import type { AuditEdit } from '../../src/core/audit-edit';
import { AuditEditStore } from '../../src/storage/audit-edit-store';
import { StorageError } from '../../src/storage/storage-error';
import { fillDisk, openWithAudit } from './support/test-database';

const rating = (indicatorId: string, value: number | 'n/a' | null, base: number | 'n/a' | null = null, editedAt = 100): AuditEdit => ({
  kind: 'rating',
  indicatorId,
  value,
  base,
  editedAt,
});
const note = (indicatorId: string, value: string, base = '', editedAt = 100): AuditEdit => ({ kind: 'note', indicatorId, value, base, editedAt });
const workingWell = (domainId: string, value: string, base = '', editedAt = 100): AuditEdit => ({
  kind: 'reflection',
  domainId,
  field: 'workingWell',
  value,
  base,
  editedAt,
});

describe('AuditEditStore.saveEdits', () => {
  it('saves ratings, notes and reflections, and marks the audit as edited', async () => {
    let time = 1_000;
    const { db, audits, audit } = await openWithAudit(() => time);
    const edits = new AuditEditStore(db, { now: () => time });
    time = 2_000;
    await edits.saveEdits(audit.id, [rating('a1', 3), note('a1', 'Reports each term'), note('b1', 'Still to discuss'), workingWell('first', 'Strong leadership')]);
    expect(await audits.getAnswers(audit.id)).toEqual({
      a1: { rating: 3, note: 'Reports each term' },
      b1: { rating: null, note: 'Still to discuss' },
    });
    expect(await edits.getReflections(audit.id)).toEqual({ first: { workingWell: 'Strong leadership', evenBetterIf: '' } });
    expect((await audits.getAudit(audit.id))?.updatedAt).toBe(2_000);
  });

  it('changes only the field edited, so two tabs editing one indicator keep both changes', async () => {
    const { db, audits, audit } = await openWithAudit();
    const tabOne = new AuditEditStore(db);
    const tabTwo = new AuditEditStore(db);
    await tabOne.saveEdits(audit.id, [rating('a1', 2)]);
    await tabTwo.saveEdits(audit.id, [note('a1', 'Typed in the other tab')]);
    await tabOne.saveEdits(audit.id, [workingWell('first', 'One')]);
    await tabTwo.saveEdits(audit.id, [{ kind: 'reflection', domainId: 'first', field: 'evenBetterIf', value: 'Two', base: '', editedAt: 1 }]);
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: 2, note: 'Typed in the other tab' } });
    expect(await tabOne.getReflections(audit.id)).toEqual({ first: { workingWell: 'One', evenBetterIf: 'Two' } });
  });

  it('applies edits in order: the later edit of a field wins', async () => {
    const { db, audits, audit } = await openWithAudit();
    await new AuditEditStore(db).saveEdits(audit.id, [note('a1', 'first draft'), note('a1', 'second draft'), rating('a1', 'n/a')]);
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: 'n/a', note: 'second draft' } });
  });

  it('refuses edits for an audit that no longer exists, as a typed error, and writes nothing', async () => {
    const { db, audit } = await openWithAudit();
    const edits = new AuditEditStore(db);
    await expect(edits.saveEdits('deleted', [note('a1', 'lost?')])).rejects.toMatchObject({ name: 'StorageError', kind: 'not-found' });
    expect(await db.answers.count()).toBe(0);
    expect(audit.id).toBe('autumn');
  });

  it('surfaces a full disk as a typed quota error and keeps what was saved before', async () => {
    const { db, audits, audit } = await openWithAudit();
    const edits = new AuditEditStore(db);
    await edits.saveEdits(audit.id, [note('a1', 'kept')]);
    fillDisk(db);
    const failure = edits.saveEdits(audit.id, [note('a1', 'not saved'), workingWell('first', 'not saved')]);
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toMatchObject({ kind: 'quota' });
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: null, note: 'kept' } });
    expect(await edits.getReflections(audit.id)).toEqual({});
  });
});

describe('AuditEditStore.replayEdits', () => {
  it('applies journalled edits to fields nobody has changed since', async () => {
    const { db, audits, audit } = await openWithAudit(() => 5_000);
    const edits = new AuditEditStore(db, { now: () => 5_000 });
    await edits.saveEdits(audit.id, [note('a1', 'before')]);
    const result = await edits.replayEdits(audit.id, [note('a1', 'typed just before closing', 'before', 100), rating('a2', 4, null, 100)]);
    expect(result).toEqual({ applied: 2, skipped: 0, auditMissing: false });
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: null, note: 'typed just before closing' }, a2: { rating: 4, note: '' } });
  });

  it('keeps a change another tab made to the same field after the journalled edit', async () => {
    const { db, audits, audit } = await openWithAudit(() => 5_000);
    const edits = new AuditEditStore(db, { now: () => 5_000 });
    await edits.saveEdits(audit.id, [note('a1', 'newer, from another tab'), rating('a1', 2)]);
    const result = await edits.replayEdits(audit.id, [note('a1', 'older', 'original', 100), rating('a1', 3, 2, 100)]);
    expect(result).toEqual({ applied: 1, skipped: 1, auditMissing: false });
    expect(await audits.getAnswers(audit.id)).toEqual({ a1: { rating: 3, note: 'newer, from another tab' } });
  });

  it('reports an audit deleted since, without writing anything', async () => {
    const { db } = await openWithAudit();
    const result = await new AuditEditStore(db).replayEdits('deleted', [note('a1', 'x')]);
    expect(result).toEqual({ applied: 0, skipped: 1, auditMissing: true });
    expect(await db.answers.count()).toBe(0);
  });
});
