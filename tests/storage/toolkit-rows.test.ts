import { afterEach, describe, expect, it } from 'vitest';
import { AuditStore } from '../../src/storage/audit-store';
import type { ReflectDatabase } from '../../src/storage/db';
import { keepToolkit, listKeptToolkitRows, listKeptToolkits, readAuditToolkit, removeToolkit, ToolkitConflictError } from '../../src/storage/toolkit-rows';
import { RefusedError } from '../../src/storage/storage-error';
import { dumpDatabase, makeDatabase } from '../fixtures/database';
import { makeToolkit } from '../fixtures/toolkits';

const opened: ReflectDatabase[] = [];
function open(): ReflectDatabase {
  const db = makeDatabase();
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const details = { school: 'Northfield Primary', title: 'Autumn review', date: '2026-11-25', participants: '' };

describe('toolkit rows', () => {
  it('keeps a definition once, and the same content again changes nothing', async () => {
    const db = open();
    const toolkit = makeToolkit();
    await db.transaction('rw', db.toolkits, () => keepToolkit(db, toolkit, 1, { kind: 'audit' }));
    // Key order differs: the content is the same.
    const reordered = Object.fromEntries(Object.entries(structuredClone(toolkit)).reverse()) as typeof toolkit;
    await db.transaction('rw', db.toolkits, () => keepToolkit(db, reordered, 2, { kind: 'installed', fileName: 'again.json' }));
    expect((await db.toolkits.toArray()).map((row) => row.origin)).toEqual([{ kind: 'audit' }]);
    expect(await listKeptToolkits(db)).toEqual([toolkit]);
    expect(await readAuditToolkit(db, { toolkitId: toolkit.id, toolkitVersion: toolkit.version })).toEqual(toolkit);
    expect(await readAuditToolkit(db, { toolkitId: toolkit.id, toolkitVersion: '9.9.9' })).toBeUndefined();
  });

  it('refuses an audit whose toolkit has the id and version of a kept one but other content, and changes nothing', async () => {
    const db = open();
    const store = new AuditStore(db, { now: () => 1, newId: () => 'audit-1' });
    const toolkit = makeToolkit();
    await store.createAudit(toolkit, details);
    const before = await dumpDatabase(db);

    const changed = { ...structuredClone(toolkit), title: 'Edited without a new version' };
    const failure = await new AuditStore(db, { newId: () => 'audit-2' }).createAudit(changed, details).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ToolkitConflictError);
    expect((failure as Error).message).toBe(
      'This device already has version 1.0.0 of the toolkit “Edited without a new version” with different content. A changed toolkit needs a new version number, so nothing was saved.',
    );
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('says how each definition came here and how many self-evaluations use it, recently deleted ones apart', async () => {
    const db = open();
    const store = new AuditStore(db, { now: () => 5, newId: (() => { let n = 0; return () => `audit-${(n += 1)}`; })() });
    const toolkit = makeToolkit();
    const installed = { ...makeToolkit(), id: 'council-toolkit', title: 'Council toolkit' };
    await db.transaction('rw', db.toolkits, () => keepToolkit(db, installed, 3, { kind: 'installed', fileName: 'council.xlsx' }));
    await store.createAudit(toolkit, details);
    const second = await store.createAudit(toolkit, details);
    await db.audits.update(second.id, { deletedAt: 9 });
    const rows = await db.transaction('r', db.toolkits, db.audits, () => listKeptToolkitRows(db));
    expect(rows).toEqual([
      { id: 'council-toolkit', version: '1.0.0', origin: { kind: 'installed', fileName: 'council.xlsx' }, storedAt: 3, use: { inUse: 0, deleted: 0 } },
      { id: 'test-toolkit', version: '1.0.0', origin: { kind: 'audit' }, storedAt: 5, use: { inUse: 1, deleted: 1 } },
    ]);
  });

  it('removes a definition nothing uses, and refuses one a self-evaluation uses, a deleted one included, changing nothing', async () => {
    const db = open();
    const store = new AuditStore(db, { now: () => 5, newId: () => 'audit-1' });
    const toolkit = makeToolkit();
    const audit = await store.createAudit(toolkit, details);
    await db.audits.update(audit.id, { deletedAt: 9 });
    const before = await dumpDatabase(db);
    const refusal = await db.transaction('rw', db.toolkits, db.audits, () => removeToolkit(db, toolkit.id, toolkit.version)).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RefusedError);
    expect((refusal as Error).message).toBe('“Test toolkit” version 1.0.0 is used by a self-evaluation (1 recently deleted), so it was not removed. It can be removed once no self-evaluation uses it.');
    expect(await dumpDatabase(db)).toEqual(before);

    await db.audits.delete(audit.id);
    await db.transaction('rw', db.toolkits, db.audits, () => removeToolkit(db, toolkit.id, toolkit.version));
    expect(await listKeptToolkits(db)).toEqual([]);
  });
});
