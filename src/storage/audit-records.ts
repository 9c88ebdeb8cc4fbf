/**
 * The rows audits own, table by table as the registry of record kinds lists
 * them: read, removed and added together, so that no kind is left behind.
 * Callers run these inside a transaction that includes ownedTables(db).
 */
import type { Table } from 'dexie';
import type { AuditOwnedRecords, AuditOwnedRow } from '../core/backup-tables';
import type { ReflectDatabase } from './db';
import { RECORD_KINDS, RECORD_KIND_NAMES, type RecordKindName } from './record-kinds';

export function ownedTable(db: ReflectDatabase, kind: RecordKindName): Table<AuditOwnedRow, unknown> {
  return db.table(kind);
}

export function ownedTables(db: ReflectDatabase, kinds: readonly RecordKindName[] = RECORD_KIND_NAMES): Table[] {
  return kinds.map((kind) => db.table(kind));
}

/**
 * Every row of each kind that belongs to one of the audits. The kinds are
 * asked for together rather than one after another, and one audit's rows
 * with `equals`, which IndexedDB answers with a single getAll where `anyOf`
 * walks a cursor row by row: a plan's records came back in a quarter of the time.
 */
export async function readOwnedRecords<K extends RecordKindName = RecordKindName>(
  db: ReflectDatabase,
  auditIds: readonly string[],
  kinds: readonly K[] = RECORD_KIND_NAMES as K[],
): Promise<Pick<AuditOwnedRecords, K>> {
  const rowsOf = (kind: K): Promise<AuditOwnedRow[]> => {
    const owner = ownedTable(db, kind).where(RECORD_KINDS[kind].owner);
    if (auditIds.length === 0) return Promise.resolve([]);
    return (auditIds.length === 1 ? owner.equals(auditIds[0]!) : owner.anyOf(auditIds)).toArray();
  };
  const rows = await Promise.all(kinds.map(rowsOf));
  return Object.fromEntries(kinds.map((kind, index) => [kind, rows[index]!])) as Pick<AuditOwnedRecords, K>;
}

/** Removes everything the audits own (not the audits themselves). */
export async function deleteOwnedRecords(db: ReflectDatabase, auditIds: readonly string[]): Promise<void> {
  if (auditIds.length === 0) return;
  for (const kind of RECORD_KIND_NAMES) await ownedTable(db, kind).where(RECORD_KINDS[kind].owner).anyOf(auditIds).delete();
}

/** Adds rows of each kind given; bulkAdd, so a key that is somehow taken aborts the transaction instead of overwriting. */
export async function addOwnedRecords(db: ReflectDatabase, records: Partial<AuditOwnedRecords>): Promise<void> {
  for (const kind of RECORD_KIND_NAMES) {
    const rows = records[kind];
    if (rows && rows.length > 0) await ownedTable(db, kind).bulkAdd(rows);
  }
}

/** How many rows of every kind, belonging to the given audits, changed after `since`. */
export async function countChangedSince(db: ReflectDatabase, since: number, auditIds: ReadonlySet<string>): Promise<number> {
  let count = 0;
  for (const kind of RECORD_KIND_NAMES) {
    const { owner, changedAt } = RECORD_KINDS[kind];
    count += await ownedTable(db, kind)
      .filter((row) => row[changedAt] > since && auditIds.has(row[owner]))
      .count();
  }
  return count;
}
