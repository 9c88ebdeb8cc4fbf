/**
 * Delete and undo for rows that belong to one audit (plan actions, review
 * dates); their fields are edited through the one save path (audit-edit-store.ts).
 * Each change also marks the audit as edited, in the same transaction, so
 * the audits list shows when a plan last changed.
 */
import type { Table } from 'dexie';
import { getAuditInUse } from './audits-in-use';
import type { ReflectDatabase } from './db';
import { StorageError, guard } from './storage-error';

interface AuditOwnedRow {
  id: string;
  auditId: string;
  updatedAt: number;
}

/** Marks an audit as edited; an audit that no longer exists, or is deleted, makes the whole transaction fail. */
export async function touchAudit(db: ReflectDatabase, auditId: string, time: number): Promise<void> {
  if (!(await getAuditInUse(db, auditId))) throw new StorageError('not-found');
  await db.audits.update(auditId, { updatedAt: time });
}

export class AuditOwnedRows<Row extends AuditOwnedRow> {
  private readonly db: ReflectDatabase;
  private readonly table: Table<Row, string>;
  private readonly now: () => number;

  constructor(db: ReflectDatabase, table: Table<Row, string>, now: () => number) {
    this.db = db;
    this.table = table;
    this.now = now;
  }

  /** Removes a row and hands it back, so that the caller can offer to undo. */
  remove(id: string): Promise<Row> {
    const time = this.now();
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.table, async () => {
        const row = await this.table.get(id);
        if (!row) throw new StorageError('not-found');
        await this.table.delete(id);
        await touchAudit(this.db, row.auditId, time);
        return row;
      }),
    );
  }

  /** Undo for remove: puts the row back exactly as it was. */
  restore(row: Row): Promise<void> {
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.table, async () => {
        await touchAudit(this.db, row.auditId, this.now());
        await this.table.put(row);
      }),
    );
  }
}
