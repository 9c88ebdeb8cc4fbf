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
import { AuditLifecycleStore } from '../../src/storage/audit-lifecycle-store';
import { AuditStore } from '../../src/storage/audit-store';
import { BackupStore, DEVICE_ONLY_TABLES } from '../../src/storage/backup-store';
import { ReflectDatabase } from '../../src/storage/db';
import { RECORD_KINDS, RECORD_KIND_NAMES } from '../../src/storage/record-kinds';
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
 * it: the effect of every upgrade from that version on. The current version's
 * entry is the identity; a new version adds its upgrade's effect to each
 * earlier entry, and an identity entry for its own fixture.
 */
/**
 * Version 3: each plan's actions numbered in the order the plan showed them — by section, priorities
 * first (registers and data, then belonging), then whole-school actions — so that none moves on screen.
 */
const VERSION_3_ORDERS: Record<string, number> = {
  '0e6f0a3c-5b1d-4a8e-9f2c-7d1e3b5a9c11': 0, // registers and data, a priority
  '2a8b2c5e-7d3f-4c0a-9b4e-9f3a5d7c1e13': 1, // belonging, a priority
  '1f7a1b4d-6c2e-4b9f-8a3d-8e2f4c6b0d12': 2, // whole school
  '3b9c3d6f-8e4a-4d1b-8c5f-0a4b6e8d2f14': 0, // the draft audit's only action (was 1.5)
};
const renumberedPlans = (tables: Tables): Tables => ({
  ...tables,
  actions: tables.actions!.map((action) => ({ ...action, order: VERSION_3_ORDERS[action.id as string] ?? action.order })),
});

const EXPECTED_AFTER_OPENING: Record<number, (tables: Tables) => Tables> = {
  // Version 2: every audit of a version-1 database is in use.
  1: (tables) => renumberedPlans({ ...tables, audits: tables.audits!.map((audit) => ({ ...audit, deletedAt: null })) }),
  2: renumberedPlans,
  // Version 4 only adds tables: a version-3 database opens unchanged.
  3: (tables) => tables,
  // Version 5 only adds a table (carriedFrom on actions is optional): a version-4 database opens unchanged.
  4: (tables) => tables,
  // Version 6 only adds the council's table of imported summaries: a version-5 database opens unchanged.
  5: (tables) => tables,
  6: (tables) => tables,
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

  it('the current version’s fixture has records of every registered kind, for an audit in use and a deleted one', () => {
    // A kind added to the registry without records in the fixture would go untested by the next version's upgrade.
    const fixture = readFixture(CURRENT_VERSION);
    const audits = fixture.tables.audits ?? [];
    const inUse = new Set(audits.filter((audit) => audit.deletedAt === null).map((audit) => audit.id));
    const deleted = new Set(audits.filter((audit) => typeof audit.deletedAt === 'number').map((audit) => audit.id));
    for (const kind of RECORD_KIND_NAMES) {
      const rows = fixture.tables[kind] ?? [];
      expect(rows.some((row) => inUse.has(row[RECORD_KINDS[kind].owner] as string)), `${kind} of an audit in use`).toBe(true);
      expect(rows.some((row) => deleted.has(row[RECORD_KINDS[kind].owner] as string)), `${kind} of a deleted audit`).toBe(true);
    }
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
      for (const [name, rows] of Object.entries(EXPECTED_AFTER_OPENING[1]!(fixture.tables))) {
        if ((DEVICE_ONLY_TABLES as readonly string[]).includes(name)) continue;
        expect(backedUp[name], name).toBeInstanceOf(Array);
        expect(sortRows(backedUp[name] as unknown[]), name).toEqual(sortRows(rows));
      }
    } finally {
      db.close();
    }
  });

  it('reads the version-2 data through the app: the deleted audit is only in Recently deleted, and restores with everything it owned', async () => {
    const fixture = readFixture(2);
    const factory = new IDBFactory();
    await writeOldDatabase(fixture, factory);
    const db = new ReflectDatabase('reflect', { indexedDB: factory, IDBKeyRange });
    try {
      const draftId = 'c3d4e5f6-7a8b-4c9d-a0b1-c2d3e4f5a603';
      const store = new AuditStore(db);
      // A day after it was deleted.
      const lifecycle = new AuditLifecycleStore(db, { now: () => Date.UTC(2026, 11, 2, 9, 30) });
      expect((await store.listAuditSummaries()).map((summary) => summary.audit.title)).toEqual(['Spring 2027 review', 'Autumn 2026 review']);
      expect((await lifecycle.listDeletedAudits()).map((audit) => audit.title)).toEqual(['Draft: parents’ views 👪']);

      const backups = new BackupStore(db, { appVersion: APP });
      const backup = await backups.exportEverything();
      expect(backup.audits.map((audit) => audit.id)).not.toContain(draftId);
      for (const kind of RECORD_KIND_NAMES) expect(backup[kind].map((row) => row.auditId), kind).not.toContain(draftId);
      const everything = await backups.exportEverything({ includeDeleted: true });
      const opened = EXPECTED_AFTER_OPENING[2]!(structuredClone(fixture.tables));
      for (const [name, rows] of Object.entries(opened)) {
        if ((DEVICE_ONLY_TABLES as readonly string[]).includes(name)) continue;
        expect(sortRows((everything as unknown as Tables)[name]!), name).toEqual(sortRows(rows));
      }

      await lifecycle.restoreAudit(draftId);
      const restored = structuredClone(opened);
      restored.audits = restored.audits!.map((audit) => (audit.id === draftId ? { ...audit, deletedAt: null } : audit));
      for (const table of db.tables) expect(sortRows(await table.toArray()), table.name).toEqual(sortRows(restored[table.name] ?? []));
    } finally {
      db.close();
    }
  });
});
