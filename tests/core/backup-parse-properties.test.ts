/** Property tests: on any input the parser returns a result or a typed error, and never throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup, serializeBackup } from '../../src/core/backup-build';
import { parseBackup, type BackupErrorKind, type BackupParseResult } from '../../src/core/backup-parse';
import { APP, makeBackup } from '../fixtures/backups';
import { arbitraryRecords } from '../fixtures/backup-arbitraries';

const KINDS: readonly BackupErrorKind[] = ['too-large', 'empty', 'not-json', 'truncated', 'not-a-backup', 'newer-version', 'unsafe-key', 'invalid'];

/** A typed error with a message, and never the catch-all: every input is handled on purpose. */
function expectTypedError(result: BackupParseResult): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(KINDS).toContain(result.error.kind);
  expect(result.error.message.length).toBeGreaterThan(20);
}

const validText = serializeBackup(makeBackup());

describe('parseBackup on arbitrary input', () => {
  it('round-trips any valid records exactly, whatever text they hold', () => {
    fc.assert(
      fc.property(arbitraryRecords, (records) => {
        const backup = buildBackup(records, APP, new Date(0));
        expect(parseBackup(serializeBackup(backup), APP)).toEqual({ ok: true, backup });
      }),
      { numRuns: 300 },
    );
  });

  it('returns a typed error for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectTypedError(parseBackup(text, APP))), { numRuns: 1000 });
  });

  it('returns a typed error for any JSON document that is not a backup', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectTypedError(parseBackup(JSON.stringify(value), APP))), { numRuns: 1000 });
  });

  it('calls any cut-off backup incomplete', () => {
    const end = validText.trimEnd().length;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: end - 1 }), (cut) => {
        const result = parseBackup(validText.slice(0, cut), APP);
        expect(!result.ok && result.error.kind).toBe('truncated');
      }),
      { numRuns: 500 },
    );
  });

  it('returns a typed error when any single character of a backup is replaced, unless the file is still valid', () => {
    fc.assert(
      fc.property(fc.nat({ max: validText.length - 1 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), (at, char) => {
        const result = parseBackup(validText.slice(0, at) + char + validText.slice(at + 1), APP);
        if (!result.ok) expectTypedError(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('returns a typed error when any field of a backup gets a value of any other kind', () => {
    const paths: Array<Array<string | number>> = [];
    const collect = (value: unknown, path: Array<string | number>) => {
      if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) collect(item, [...path, Array.isArray(value) ? Number(key) : key]);
      else paths.push(path);
    };
    collect(JSON.parse(validText), []);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, replacement) => {
        const file = JSON.parse(validText) as Record<string | number, unknown>;
        let parent = file;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path.at(-1)!] = replacement;
        const result = parseBackup(JSON.stringify(file), APP);
        if (!result.ok) expectTypedError(result);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a "__proto__", "constructor" or "prototype" key placed anywhere', () => {
    const objectPositions = [...validText.matchAll(/\{\n/g)].map((match) => match.index + 1);
    fc.assert(
      fc.property(fc.constantFrom(...objectPositions), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue(), (at, key, value) => {
        const text = `${validText.slice(0, at)}"${key}": ${JSON.stringify(value)},${validText.slice(at)}`;
        const result = parseBackup(text, APP);
        expect(!result.ok && result.error.kind).toBe('unsafe-key');
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 300 },
    );
  });
});
