/**
 * A backup's records are checked against the toolkit the file carries for
 * each audit. The file here is a real one: the committed version-1 database
 * (two toolkits: attendance rated 1 to 4 with "not applicable", and a
 * school's own draft rated 0 to 2 without it), as a version-1 backup.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBackup, type BackupError } from '../../src/core/backup-parse';
import { APP } from '../fixtures/backups';

type Row = Record<string, unknown>;
type File = Record<string, unknown> & { audits: Row[]; answers: Row[]; reflections: Row[] };

function realBackup(): File {
  const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/db-v1.json'), 'utf8')) as { tables: Record<string, Row[]> };
  // The settings table describes one device and is never part of a backup.
  const tables = Object.fromEntries(Object.entries(fixture.tables).filter(([name]) => name !== 'settings'));
  return { format: 'reflect-backup', schemaVersion: 1, appVersion: '0.1.0', exportedAt: '2026-12-01T09:00:00.000Z', ...tables } as unknown as File;
}

const ATTENDANCE_AUDIT = '6f1c2b7e-1a8e-4c2e-9a51-0c8d3f1e2a01';
const DRAFT_AUDIT = 'c3d4e5f6-7a8b-4c9d-a0b1-c2d3e4f5a603';

/** The index of the first row of `table` belonging to `auditId`. */
const firstOf = (file: File, table: 'answers' | 'reflections', auditId: string) => file[table].findIndex((row) => row.auditId === auditId);

function refusal(file: File): BackupError {
  const result = parseBackup(JSON.stringify(file), APP);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}

describe('backup records against the toolkit in the file', () => {
  it('accepts the real file as it is', () => {
    const file = realBackup();
    expect(file.audits.map((audit) => audit.id)).toContain(DRAFT_AUDIT);
    expect(parseBackup(JSON.stringify(file), APP).ok).toBe(true);
  });

  it.each([
    [99, 'answers[%i].rating: 99 is not a level of the toolkit attendance 0.1.0, which rates from 1 to 4'],
    [0, 'answers[%i].rating: 0 is not a level of the toolkit attendance 0.1.0, which rates from 1 to 4'],
    [-1, 'answers[%i].rating: -1 is not a level of the toolkit attendance 0.1.0, which rates from 1 to 4'],
  ])('refuses a rating of %s on a 1–4 scale, naming where it is', (rating, problem) => {
    const file = realBackup();
    const index = firstOf(file, 'answers', ATTENDANCE_AUDIT);
    file.answers[index]!.rating = rating;
    const error = refusal(file);
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(`The backup file is damaged or has been edited: ${problem.replace('%i', String(index))}. Nothing was imported.`);
  });

  it('takes each audit’s own scale: 0 is a level of the draft toolkit, 3 is not', () => {
    const file = realBackup();
    const index = firstOf(file, 'answers', DRAFT_AUDIT);
    expect(file.answers[index]!.rating).toBe(0);
    file.answers[index]!.rating = 3;
    expect(refusal(file).problems).toEqual([{ path: `answers[${index}].rating`, message: '3 is not a level of the toolkit family-partnership-draft 0.9.0, which rates from 0 to 2' }]);
  });

  it('refuses "not applicable" where the toolkit does not offer it', () => {
    const file = realBackup();
    const index = firstOf(file, 'answers', DRAFT_AUDIT);
    file.answers[index]!.rating = 'n/a';
    expect(refusal(file).problems).toEqual([
      { path: `answers[${index}].rating`, message: '"n/a" is not allowed: the toolkit family-partnership-draft 0.9.0 has no "not applicable" option' },
    ]);
  });

  it('refuses an answer for an indicator the audit’s toolkit lacks, even one another toolkit in the file has', () => {
    for (const indicatorId of ['not-in-any-toolkit', 'greeting']) {
      const file = realBackup();
      const index = firstOf(file, 'answers', ATTENDANCE_AUDIT);
      file.answers[index]!.indicatorId = indicatorId;
      expect(refusal(file).problems).toEqual([{ path: `answers[${index}].indicatorId`, message: `the toolkit attendance 0.1.0 has no indicator "${indicatorId}"` }]);
    }
  });

  it('refuses a reflection for a domain the audit’s toolkit lacks', () => {
    const file = realBackup();
    const index = firstOf(file, 'reflections', DRAFT_AUDIT);
    file.reflections[index]!.domainId = 'leadership';
    const error = refusal(file);
    expect(error.message).toContain(`reflections[${index}].domainId: the toolkit family-partnership-draft 0.9.0 has no domain "leadership"`);
  });

  it('lists every such problem, not just the first', () => {
    const file = realBackup();
    file.answers[0]!.rating = 99;
    file.answers[1]!.indicatorId = 'gone';
    file.reflections[0]!.domainId = 'gone';
    const error = refusal(file);
    expect(error.problems.map((problem) => problem.path)).toEqual(['answers[0].rating', 'answers[1].indicatorId', 'reflections[0].domainId']);
    expect(error.message).toMatch(/\(and 2 more problems\)/);
  });
});
