import { describe, expect, it } from 'vitest';
import { backupFileName, buildBackup, serializeBackup } from '../../src/core/backup-build';
import { APP, makeRecords } from '../fixtures/backups';

describe('buildBackup', () => {
  it('stamps the format, versions and export time', () => {
    const backup = buildBackup(makeRecords(), APP, new Date(Date.UTC(2026, 10, 25, 9, 30)));
    expect(backup).toMatchObject({ format: 'reflect-backup', schemaVersion: 4, appVersion: APP, exportedAt: '2026-11-25T09:30:00.000Z' });
  });

  it('writes the same file for the same data, whatever order the records were read in', () => {
    const records = makeRecords();
    const reversed = Object.fromEntries(Object.entries(records).map(([table, rows]) => [table, [...rows].reverse()])) as typeof records;
    const at = new Date(0);
    expect(serializeBackup(buildBackup(reversed, APP, at))).toBe(serializeBackup(buildBackup(records, APP, at)));
    expect(buildBackup(reversed, APP, at).actions.map((action) => action.id)).toEqual(['action-1', 'action-2', 'action-3']);
    expect(buildBackup(reversed, APP, at).planReviews.map((review) => review.id)).toEqual(['review-1', 'review-2', 'review-3']);
  });

  it('does not change the records it is given', () => {
    const records = makeRecords();
    const before = structuredClone(records);
    buildBackup({ ...records, audits: [...records.audits].reverse() }, APP, new Date(0));
    expect(records).toEqual(before);
  });
});

describe('backupFileName', () => {
  it.each([
    [undefined, 'reflect-backup-2026-11-25.json'],
    [{ school: 'Northfield Primary', title: 'Autumn review' }, 'reflect-backup-northfield-primary-autumn-review-2026-11-25.json'],
    [{ school: 'A/B: "Test" <School>?', title: 'Term 1...' }, 'reflect-backup-a-b-test-school-term-1-2026-11-25.json'],
    [{ school: '  ', title: ' ' }, 'reflect-backup-2026-11-25.json'],
  ])('%j → %s', (audit, expected) => {
    expect(backupFileName('2026-11-25', audit)).toBe(expected);
  });
});
