/** Property tests: an import lands whole or not at all, and never disturbs what it was not asked to replace. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../src/core/backup-build';
import { BACKUP_TABLES } from '../../src/core/backup-schema';
import { BackupStore, ImportConflictError } from '../../src/storage/backup-store';
import { RECORD_KIND_NAMES } from '../../src/storage/record-kinds';
import { StorageError } from '../../src/storage/storage-error';
import { APP } from '../fixtures/backups';
import { makeArbitraryRecords } from '../fixtures/backup-arbitraries';
import { dumpDatabase, makeDatabase } from '../fixtures/database';

// Few ids, so that the file and the device often hold the same audit or action.
const clashingRecords = makeArbitraryRecords(fc.constantFrom('a', 'b', 'c', 'd', 'e'));

describe('importBackup on arbitrary data', () => {
  it('either imports the whole file or leaves the database exactly as it was', async () => {
    await fc.assert(
      fc.asyncProperty(
        clashingRecords,
        clashingRecords,
        fc.func(fc.constantFrom('keep-both' as const, 'replace' as const, undefined)),
        fc.option(fc.record({ table: fc.constantFrom('audits', 'answers', 'reflections', 'actions', 'planReviews'), after: fc.nat({ max: 6 }) }), { nil: null }),
        async (existing, incoming, choose, failure) => {
          const db = makeDatabase();
          let next = 0;
          const store = new BackupStore(db, { appVersion: APP, newId: () => `new-${++next}` });
          try {
            await db.transaction('rw', db.tables, async () => {
              for (const name of BACKUP_TABLES) await db.table(name).bulkAdd(existing[name]);
            });
            const before = await dumpDatabase(db);
            const backup = buildBackup(incoming, APP, new Date(0));
            const choices = Object.fromEntries(incoming.audits.map((audit) => [audit.id, choose(audit.id)]));
            if (failure) {
              let created = 0;
              db.table(failure.table).hook('creating', () => {
                if (created++ === failure.after) throw new DOMException('Disk full', 'QuotaExceededError');
              });
            }

            let outcome: 'imported' | 'refused';
            try {
              await store.importBackup(backup, choices);
              outcome = 'imported';
            } catch (error) {
              expect(error instanceof StorageError || error instanceof ImportConflictError).toBe(true);
              outcome = 'refused';
            }

            if (outcome === 'refused') {
              expect(await dumpDatabase(db)).toEqual(before);
              return;
            }
            // Replaced by choice, or deleted here (in "Recently deleted") and so given way to the file's copy.
            const replaced = new Set(
              incoming.audits
                .filter((audit) => existing.audits.some((here) => here.id === audit.id && (here.deletedAt !== null || choices[audit.id] === 'replace')))
                .map((audit) => audit.id),
            );
            const after = await dumpDatabase(db);
            // Every record not replaced is still there, unchanged.
            for (const name of ['audits', ...RECORD_KIND_NAMES] as const) {
              const kept = (existing[name] as Array<{ id?: string; auditId?: string }>).filter((row) => !replaced.has(row.auditId ?? row.id ?? ''));
              for (const row of kept) expect(after[name]).toContainEqual(row);
              expect(after[name]).toHaveLength(kept.length + incoming[name].length);
            }
          } finally {
            db.close();
          }
        },
      ),
      { numRuns: 120 },
    );
  }, 60_000);
});
