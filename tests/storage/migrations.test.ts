/**
 * The migration ladder: a database written by every earlier schema version
 * (a fixture committed to the repo) opens with today's ReflectDatabase and
 * every record is still there. See the comment at the top of src/storage/db.ts
 * for how to add a version.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../src/core/backup-parse';
import { serializeBackup } from '../../src/core/backup-build';
import { scoreAudit } from '../../src/core/score-audit';
import { AuditStore } from '../../src/storage/audit-store';
import { BackupStore, DEVICE_ONLY_TABLES } from '../../src/storage/backup-store';
import { ReflectDatabase } from '../../src/storage/db';
import { APP } from '../fixtures/backups';

type Tables = Record<string, Array<Record<string, unknown>>>;
interface DatabaseFixture {
  version: number;
  stores: Record<string, string>;
  tables: Tables;
}

const fixturePath = (version: number) => resolve(import.meta.dirname, `../fixtures/db-v${version}.json`);
const readFixture = (version: number) => JSON.parse(readFileSync(fixturePath(version), 'utf8')) as DatabaseFixture;

/**
 * What each fixture's tables hold once today's app has opened (and upgraded)
 * it. Version 1 is current, so nothing changes. When version 2 adds an upgrade,
 * entry 1 becomes that upgrade's expected effect on the version-1 records, and
 * a new entry 2 (identity) comes with tests/fixtures/db-v2.json.
 */
const EXPECTED_AFTER_OPENING: Record<number, (tables: Tables) => Tables> = {
  1: (tables) => tables,
};

const CURRENT_VERSION = new ReflectDatabase('version-probe').verno;

/** Writes the fixture with exactly the schema it was made with, as that version of the app would have. */
async function writeOldDatabase(fixture: DatabaseFixture, factory: IDBFactory): Promise<void> {
  const old = new Dexie('reflect', { indexedDB: factory, IDBKeyRange });
  old.version(fixture.version).stores(fixture.stores);
  await old.transaction('rw', old.tables, async () => {
    for (const [name, rows] of Object.entries(fixture.tables)) await old.table(name).bulkAdd(rows);
  });
  old.close();
}

function describeSchema(db: Dexie) {
  return db.tables
    .map((table) => ({ name: table.name, key: table.schema.primKey.src, indexes: table.schema.indexes.map((index) => index.src).sort() }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const sortRows = (rows: readonly unknown[]) => rows.map((row) => JSON.stringify(row)).sort();

describe('database migration ladder', () => {
  it('has a committed fixture and an expectation for every schema version up to the current one', () => {
    for (let version = 1; version <= CURRENT_VERSION; version += 1) {
      expect(existsSync(fixturePath(version)), `tests/fixtures/db-v${version}.json`).toBe(true);
      expect(EXPECTED_AFTER_OPENING[version], `EXPECTED_AFTER_OPENING[${version}]`).toBeTypeOf('function');
    }
  });

  it('gives every version after the first an upgrade function', () => {
    // Dexie has no public way to list versions; _versions is its internal list (Dexie 4).
    const versions = (new ReflectDatabase('ladder-probe') as unknown as { _versions: Array<{ _cfg: { version: number; contentUpgrade: unknown } }> })._versions;
    expect(versions.map((version) => version._cfg.version)).toContain(1);
    for (const version of versions.filter((candidate) => candidate._cfg.version > 1)) {
      expect(version._cfg.contentUpgrade, `version ${version._cfg.version} has no upgrade()`).toBeTypeOf('function');
    }
  });

  it('the current version’s fixture has today’s schema and records in every table', () => {
    // A table or index added to the current version needs records in its fixture, or nothing tests it survives.
    const fixture = readFixture(CURRENT_VERSION);
    const declared = new Dexie('fixture-schema');
    declared.version(fixture.version).stores(fixture.stores);
    expect(describeSchema(declared)).toEqual(describeSchema(new ReflectDatabase('current-schema')));
    expect(Object.keys(fixture.tables).sort()).toEqual(Object.keys(fixture.stores).sort());
    for (const [name, rows] of Object.entries(fixture.tables)) expect(rows.length, name).toBeGreaterThan(0);
  });

  for (let version = 1; version <= CURRENT_VERSION; version += 1) {
    it(`opens a version-${version} database and finds every record intact`, async () => {
      const fixture = readFixture(version);
      const factory = new IDBFactory();
      await writeOldDatabase(fixture, factory);

      const db = new ReflectDatabase('reflect', { indexedDB: factory, IDBKeyRange });
      try {
        await db.open();
        expect(db.verno).toBe(CURRENT_VERSION);
        const expected = EXPECTED_AFTER_OPENING[version]!(structuredClone(fixture.tables));
        for (const table of db.tables) {
          expect(sortRows(await table.toArray()), table.name).toEqual(sortRows(expected[table.name] ?? []));
        }
      } finally {
        db.close();
      }
    });
  }

  it('reads the version-1 data through the app: lists, scores with the stored toolkit, and backs it up', async () => {
    const fixture = readFixture(1);
    const factory = new IDBFactory();
    await writeOldDatabase(fixture, factory);
    const db = new ReflectDatabase('reflect', { indexedDB: factory, IDBKeyRange });
    try {
      const store = new AuditStore(db);
      const summaries = await store.listAuditSummaries();
      expect(summaries.map((summary) => summary.audit.title)).toEqual(['Spring 2027 review', 'Autumn 2026 review', 'Draft: parents’ views 👪']);
      // The school's own toolkit is not installed, but the stored definition opens and scores it.
      const draft = summaries.find((summary) => summary.audit.toolkitId === 'family-partnership-draft')!;
      expect(draft.toolkitTitle).toBe('Family partnership (draft)');
      expect(draft.progress).toMatchObject({ answered: 1, total: 1 });
      const toolkit = (await store.getToolkit('family-partnership-draft', '0.9.0'))!;
      expect(scoreAudit(toolkit, await store.getAnswers(draft.audit.id)).overall).toBe(0);

      const backup = await new BackupStore(db, { appVersion: APP }).exportEverything();
      const parsed = parseBackup(serializeBackup(backup), APP);
      expect(parsed.ok).toBe(true);
      // Every table but the device-only ones is carried whole into the backup.
      const backedUp: Record<string, unknown> = backup;
      for (const [name, rows] of Object.entries(fixture.tables)) {
        if ((DEVICE_ONLY_TABLES as readonly string[]).includes(name)) continue;
        expect(backedUp[name], name).toBeInstanceOf(Array);
        expect(sortRows(backedUp[name] as unknown[]), name).toEqual(sortRows(rows));
      }
    } finally {
      db.close();
    }
  });
});
