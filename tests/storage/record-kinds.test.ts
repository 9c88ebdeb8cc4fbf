import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../src/core/backup-tables';
import { DEVICE_ONLY_TABLES } from '../../src/storage/backup-store';
import { RECORD_KINDS, RECORD_KIND_NAMES } from '../../src/storage/record-kinds';
import { makeDatabase } from '../fixtures/database';

describe('the registry of record kinds', () => {
  const db = makeDatabase('registry-probe');

  it('declares each kind with the key and owner index the database has', () => {
    for (const kind of RECORD_KIND_NAMES) {
      const { schema } = db.table(kind);
      expect(schema.primKey.src, kind).toBe(RECORD_KINDS[kind].key);
      expect(schema.idxByName[RECORD_KINDS[kind].owner], `${kind} is indexed by its owner`).toBeDefined();
    }
  });

  it('lists every table whose rows belong to an audit, so none is left behind by delete, backup or restore', () => {
    const owned = db.tables.filter((table) => table.schema.idxByName.auditId).map((table) => table.name);
    expect(owned.sort()).toEqual([...RECORD_KIND_NAMES].sort());
    // Every other table is the audits themselves, the toolkits, or about this device.
    const others = db.tables.map((table) => table.name).filter((name) => !owned.includes(name));
    expect(others.sort()).toEqual(['audits', 'toolkits', ...DEVICE_ONLY_TABLES].sort());
    expect([...BACKUP_TABLES].sort()).toEqual(['audits', 'toolkits', ...RECORD_KIND_NAMES].sort());
  });
});
