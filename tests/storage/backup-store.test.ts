import { afterEach, describe, expect, it } from 'vitest';
import { serializeBackup } from '../../src/core/backup-build';
import { IMPORTED_COPY_SUFFIX } from '../../src/core/backup-import-plan';
import { parseBackup } from '../../src/core/backup-parse';
import { BACKUP_TABLES } from '../../src/core/backup-schema';
import { BackupStore, DEVICE_ONLY_TABLES, ImportConflictError, ImportRefusedError } from '../../src/storage/backup-store';
import type { ReflectDatabase, StoredToolkit } from '../../src/storage/db';
import { StorageError } from '../../src/storage/storage-error';
import { APP, makeBackup, makeRecords, makeReview } from '../fixtures/backups';
import { dumpDatabase, makeDatabase } from '../fixtures/database';

const opened: ReflectDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function makeStore(now = () => Date.UTC(2026, 10, 25, 10)) {
  const db = makeDatabase();
  opened.push(db);
  let next = 0;
  return new BackupStore(db, { appVersion: APP, now, newId: () => `new-${++next}` });
}

async function fill(store: BackupStore, records = makeRecords()) {
  await store.db.transaction('rw', store.db.tables, async () => {
    for (const name of BACKUP_TABLES) await store.db.table(name).bulkAdd(records[name]);
  });
}

describe('BackupStore export', () => {
  it('backs up every table except the device-only ones', () => {
    const names = makeStore().db.tables.map((table) => table.name);
    expect([...names].sort()).toEqual([...BACKUP_TABLES, ...DEVICE_ONLY_TABLES].sort());
  });

  it('exports everything, and the file restores every record into an empty database', async () => {
    const source = makeStore();
    await fill(source);
    const text = serializeBackup(await source.exportEverything());
    const parsed = parseBackup(text, APP);
    if (!parsed.ok) throw new Error(parsed.error.message);

    const target = makeStore();
    const counts = await target.importBackup(parsed.backup, {});
    expect(counts).toEqual({ audits: 2, answers: 4, reflections: 2, actions: 3, actionReviews: 3, planReviews: 3, respondents: 2, responses: 2, agreedRatings: 1, voiceAnswers: 1, toolkits: 1, replaced: 0 });
    // Everything but how the toolkit came here: on the device restored to, it came with the backup.
    const withoutOrigin = (dump: Record<string, unknown[]>) => ({ ...dump, toolkits: (dump.toolkits as StoredToolkit[]).map(({ origin: _origin, ...row }) => row) });
    expect(withoutOrigin(await dumpDatabase(target.db, DEVICE_ONLY_TABLES))).toEqual(withoutOrigin(await dumpDatabase(source.db, DEVICE_ONLY_TABLES)));
    expect((await target.db.toolkits.toArray()).map((row) => row.origin)).toEqual([{ kind: 'backup' }]);
    expect(JSON.parse(text).toolkits[0]).not.toHaveProperty('origin');
  });

  it('exports one audit with its answers, reflections, plan, review dates and toolkit, and nothing else', async () => {
    const store = makeStore();
    await fill(store);
    const backup = await store.exportAudit('audit-b');
    expect(backup?.audits.map((audit) => audit.id)).toEqual(['audit-b']);
    expect(backup?.answers.map((answer) => answer.indicatorId)).toEqual(['a1']);
    expect(backup?.reflections.map((reflection) => reflection.domainId)).toEqual(['second']);
    expect(backup?.actions.map((action) => action.id)).toEqual(['action-3']);
    expect(backup?.planReviews.map((review) => review.id)).toEqual(['review-3']);
    expect(backup?.toolkits.map((toolkit) => toolkit.id)).toEqual(['test-toolkit']);
    expect(parseBackup(serializeBackup(backup!), APP).ok).toBe(true);
    expect(await store.exportAudit('missing')).toBeUndefined();
  });
});

describe('BackupStore and deleted audits', () => {
  /** audit-a is in "Recently deleted"; audit-b is in use. */
  async function fillWithDeleted(store: BackupStore) {
    const records = makeRecords();
    records.audits[0] = { ...records.audits[0]!, deletedAt: 3_000 };
    await fill(store, records);
    return records;
  }

  it('leaves deleted audits and everything they own out of a backup, unless asked', async () => {
    const store = makeStore();
    const records = await fillWithDeleted(store);
    const backup = await store.exportEverything();
    expect(backup.audits.map((audit) => audit.id)).toEqual(['audit-b']);
    expect([backup.answers, backup.reflections, backup.actions, backup.planReviews].flat().every((row) => row.auditId === 'audit-b')).toBe(true);
    expect(await store.exportAudit('audit-a')).toBeUndefined();

    const everything = await store.exportEverything({ includeDeleted: true });
    expect(everything).toEqual(makeBackup(records));
    expect((await store.exportAudit('audit-a', { includeDeleted: true }))?.audits).toEqual([records.audits[0]]);
  });

  it('lets the file’s copy of a deleted audit take its place, without asking', async () => {
    const store = makeStore();
    await fillWithDeleted(store);
    await store.db.answers.put({ auditId: 'audit-a', indicatorId: 'b2', rating: 1, note: 'only in the deleted copy', updatedAt: 5 });
    const backup = makeBackup({ ...makeRecords(), audits: makeRecords().audits.slice(0, 1) });
    const counts = await store.importBackup(
      { ...backup, answers: backup.answers.filter((row) => row.auditId === 'audit-a'), reflections: [], actions: [], planReviews: [] },
      {},
    );
    expect(counts).toMatchObject({ audits: 1, replaced: 0 });
    expect(await store.db.audits.get('audit-a')).toMatchObject({ deletedAt: null, title: 'Review audit-a' });
    expect(await store.db.answers.get(['audit-a', 'b2'])).toBeUndefined();
    expect(await store.db.actions.where('auditId').equals('audit-a').count()).toBe(0);
  });

  it('counts no work of deleted audits towards the backup reminder', async () => {
    const store = makeStore(() => 10_000);
    await fillWithDeleted(store);
    // audit-b: the audit, 1 answer, 1 reflection, 1 action, its review and 1 review date.
    expect((await store.readReminderState()).changesSinceBackup).toBe(6);
  });
});

describe('BackupStore import', () => {
  it('refuses a toolkit with the version of one here and other content, and changes nothing', async () => {
    const store = makeStore();
    const records = makeRecords();
    const edited = { ...records.toolkits[0]!, definition: { ...records.toolkits[0]!.definition, title: 'Edited, same version' } };
    await fill(store, { ...records, audits: [], answers: [], reflections: [], actions: [], planReviews: [], toolkits: [edited] });
    const before = await dumpDatabase(store.db);
    const failure = store.importBackup(makeBackup(), {});
    await expect(failure).rejects.toBeInstanceOf(ImportRefusedError);
    await expect(failure).rejects.toThrow(/same id and version and different content/);
    expect(await dumpDatabase(store.db)).toEqual(before);
  });

  it('changes nothing when a clash has no choice', async () => {
    const store = makeStore();
    await fill(store);
    const before = await dumpDatabase(store.db);
    await expect(store.importBackup(makeBackup(), {})).rejects.toBeInstanceOf(ImportConflictError);
    expect(await dumpDatabase(store.db)).toEqual(before);
  });

  it('keeps both: the file’s copies arrive under new ids beside the originals', async () => {
    const store = makeStore();
    await fill(store);
    const counts = await store.importBackup(makeBackup(), { 'audit-a': 'keep-both', 'audit-b': 'keep-both' });
    expect(counts).toMatchObject({ audits: 2, answers: 4, actions: 3, planReviews: 3, toolkits: 0, replaced: 0 });
    const titles = (await store.db.audits.toArray()).map((audit) => audit.title).sort();
    expect(titles).toEqual(['Review audit-a', `Review audit-a${IMPORTED_COPY_SUFFIX}`, 'Spring review', `Spring review${IMPORTED_COPY_SUFFIX}`]);
    expect(await store.db.answers.count()).toBe(8);
    expect(await store.db.actions.count()).toBe(6);
    expect(await store.db.planReviews.count()).toBe(6);
    // Each copy's review dates belong to that copy.
    const copy = (await store.db.audits.toArray()).find((audit) => audit.title === `Review audit-a${IMPORTED_COPY_SUFFIX}`)!;
    expect((await store.db.planReviews.where('auditId').equals(copy.id).toArray()).map((review) => review.when).sort()).toEqual(['2027-03-20', 'Summer 2027']);
    expect((await store.db.planReviews.where('auditId').equals('audit-a').toArray()).map((review) => review.id)).toEqual(['review-1', 'review-2']);
    expect(await store.db.toolkits.count()).toBe(1);
  });

  it('replaces: this device’s copy and all its children give way to the file’s', async () => {
    const store = makeStore();
    await fill(store);
    await store.db.answers.put({ auditId: 'audit-a', indicatorId: 'b2', rating: 1, note: 'only on this device', updatedAt: 5 });
    await store.db.planReviews.put(makeReview('review-here', 'audit-a', { who: 'only on this device' }));
    await store.db.planReviews.update('review-1', { note: 'Edited here' });
    await store.db.audits.update('audit-a', { title: 'Edited here' });
    await store.importBackup(makeBackup(), { 'audit-a': 'replace', 'audit-b': 'replace' });
    expect((await store.db.audits.get('audit-a'))?.title).toBe('Review audit-a');
    expect(await store.db.answers.get(['audit-a', 'b2'])).toBeUndefined();
    expect(await store.db.planReviews.get('review-here')).toBeUndefined();
    expect((await store.db.planReviews.get('review-1'))?.note).toBe('');
    const restored = makeStore();
    await fill(restored);
    expect(await dumpDatabase(store.db)).toEqual(await dumpDatabase(restored.db));
  });

  it.each(['actions', 'planReviews'] as const)('writes nothing at all when the disk fills part-way through writing %s', async (table) => {
    const store = makeStore();
    await fill(store, { ...makeRecords(), audits: makeRecords().audits.slice(0, 1).map((audit) => ({ ...audit, id: 'already-here' })), answers: [], reflections: [], actions: [], planReviews: [] });
    const before = await dumpDatabase(store.db);
    let written = 0;
    store.db.table(table).hook('creating', () => {
      if (++written === 2) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = store.importBackup(makeBackup(), {});
    await expect(failure).rejects.toBeInstanceOf(StorageError);
    await expect(failure).rejects.toMatchObject({ kind: 'quota' });
    expect(await dumpDatabase(store.db)).toEqual(before);
  });
});

describe('BackupStore reminder state', () => {
  it('counts a restore onto an empty device as backed up at the time of the file, and a merge as not', async () => {
    const empty = makeStore(() => 99_999_999_999_999);
    await empty.importBackup(makeBackup(), {});
    expect(await empty.readReminderState()).toMatchObject({ lastBackupAt: Date.parse(makeBackup().exportedAt), changesSinceBackup: 0 });

    const busy = makeStore();
    await fill(busy);
    await busy.importBackup(makeBackup(), { 'audit-a': 'keep-both', 'audit-b': 'keep-both' });
    expect((await busy.readReminderState()).lastBackupAt).toBeNull();
  });

  it('counts work since the last backup and starts again after one', async () => {
    let now = 10_000;
    const store = makeStore(() => now);
    expect(await store.readReminderState()).toEqual({ lastBackupAt: null, snoozedAt: null, changesSinceBackup: 0 });
    await fill(store);
    // 2 new audits, 4 answers, 2 reflections, 3 actions, 3 action reviews, 3 review dates, 2 people asked, 2 responses, 1 agreed rating, 1 kiosk answer set.
    expect((await store.readReminderState()).changesSinceBackup).toBe(23);
    await store.recordBackupMade();
    expect(await store.readReminderState()).toEqual({ lastBackupAt: 10_000, snoozedAt: null, changesSinceBackup: 0 });
    expect(await store.readLastBackupAt()).toBe(10_000);
    now = 20_000;
    await store.db.answers.update(['audit-a', 'a1'], { rating: 4, updatedAt: now });
    await store.db.planReviews.update('review-3', { note: 'Met in July', updatedAt: now });
    await store.snoozeReminder();
    expect(await store.readReminderState()).toEqual({ lastBackupAt: 10_000, snoozedAt: 20_000, changesSinceBackup: 2 });
  });
});
