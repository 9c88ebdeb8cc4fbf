import type { Answer } from '../../../src/core/audit';
import type { Table } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { AuditStore } from '../../../src/storage/audit-store';
import { ReflectDatabase } from '../../../src/storage/db';
import { makeToolkit } from '../../fixtures/toolkits';

const opened: ReflectDatabase[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A fresh, empty IndexedDB (fake-indexeddb, real Dexie) for every test. */
export function openTestDatabase(): ReflectDatabase {
  const db = new ReflectDatabase('reflect-test', { indexedDB: new IDBFactory(), IDBKeyRange });
  opened.push(db);
  return db;
}

export const details = { school: 'Northfield Primary', title: 'Autumn 2026 review', date: '2026-11-25', participants: 'Head, SENCo' };

/** A database holding one audit of the fixture toolkit. */
export async function openWithAudit(now = () => 1_000) {
  const db = openTestDatabase();
  const audits = new AuditStore(db, { now, newId: () => 'autumn' });
  const audit = await audits.createAudit(makeToolkit(), details);
  return { db, audits, audit };
}

/** Makes every write fail as a full disk does, until the returned function frees the space. */
export function fillDisk(db: ReflectDatabase, tables: readonly Table[] = [db.answers, db.reflections, db.audits, db.actions]): () => void {
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
  for (const table of tables) {
    table.hook('creating', quota);
    table.hook('updating', quota);
  }
  return () => {
    for (const table of tables) {
      table.hook('creating').unsubscribe(quota);
      table.hook('updating').unsubscribe(quota);
    }
  };
}

/**
 * Writes answers straight into the table, for tests of code that reads them.
 * How answers are written (per field, journalled) is tested with the save path.
 */
export async function putAnswers(db: ReflectDatabase, auditId: string, answers: ReadonlyArray<Pick<Answer, 'indicatorId' | 'rating' | 'note'>>, time = 1_000) {
  await db.answers.bulkPut(answers.map((answer) => ({ auditId, ...answer, updatedAt: time })));
}
