import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../src/core/backup-build';
import { BACKUP_SCHEMA_VERSION } from '../../src/core/backup-format';
import { MAX_BACKUP_BYTES, checkBackupSize, parseBackup } from '../../src/core/backup-parse';
import { APP, makeBackup, makeRecords } from '../fixtures/backups';
import { makeToolkit } from '../fixtures/toolkits';

const valid = () => JSON.parse(serializeBackup(makeBackup())) as Record<string, unknown> & { audits: Array<Record<string, unknown>> };
const TEAM_TABLES = ['respondents', 'responses', 'agreedRatings', 'voiceAnswers'] as const;
/** Records as a version-3 app kept them: no action was reviewed or carried forward. */
const beforeReviews = () => {
  const records = makeRecords();
  return { ...records, actions: records.actions.map(({ carriedFrom: _, ...action }) => action), actionReviews: [] };
};
const soloRecords = () => ({ ...beforeReviews(), respondents: [], responses: [], agreedRatings: [], voiceAnswers: [] });
/** A file as a version-3 app wrote it: no table of action reviews. */
const version3File = (records = beforeReviews()) => {
  const file = JSON.parse(serializeBackup(makeBackup(records))) as ReturnType<typeof valid>;
  delete file.actionReviews;
  file.schemaVersion = 3;
  return file;
};
/** A file as versions before teams wrote it: no team tables at all. */
const withoutTeams = () => {
  const file = version3File(soloRecords());
  for (const table of TEAM_TABLES) delete file[table];
  return file;
};
const errorOf = (text: string) => {
  const result = parseBackup(text, APP);
  if (result.ok) throw new Error('expected an error');
  return result.error;
};

describe('parseBackup', () => {
  it('reads back exactly what was exported', () => {
    const backup = makeBackup();
    const result = parseBackup(serializeBackup(backup), APP);
    expect(result).toEqual({ ok: true, backup });
  });

  it('accepts a byte-order mark and surrounding whitespace', () => {
    expect(parseBackup(`\uFEFF  ${serializeBackup(makeBackup())}  `, APP).ok).toBe(true);
  });

  it.each([
    ['an empty file', '', 'empty', /file is empty/],
    ['only spaces', '   \n', 'empty', /file is empty/],
    ['plain text', 'Minutes of the governors meeting', 'not-json', /not in the JSON format/],
    ['a CSV file', 'school,title\nNorthfield,Autumn', 'not-json', /not in the JSON format/],
    ['JSON that is not ours', '{"name":"my-app","version":"1.0.0"}', 'not-a-backup', /JSON, but not the kind Reflect saves/],
    ['a JSON array', '[1,2,3]', 'not-a-backup', /not the kind Reflect saves/],
    ['a JSON string', '"reflect-backup"', 'not-a-backup', /not the kind Reflect saves/],
    ['a toolkit file', JSON.stringify(makeToolkit()), 'not-a-backup', /toolkit file, not a Reflect backup/],
    ['a cut-off object', '{"format":"reflect-backup","audits":[{"id":"a', 'truncated', /incomplete/],
    ['a cut-off array', '[{"a":1},', 'truncated', /incomplete/],
    ['broken JSON that is not cut off', '{"format": }', 'not-json', /not in the JSON format/],
  ])('refuses %s', (_label, text, kind, message) => {
    const error = errorOf(text);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('refuses a file cut off part-way as incomplete', () => {
    const text = serializeBackup(makeBackup());
    for (const fraction of [0.1, 0.5, 0.9, 0.999]) {
      expect(errorOf(text.slice(0, Math.floor(text.length * fraction))).kind).toBe('truncated');
    }
  });

  it('refuses a file from a newer backup format, naming both versions', () => {
    const error = errorOf(JSON.stringify({ ...valid(), schemaVersion: BACKUP_SCHEMA_VERSION + 1, appVersion: '3.0.0' }));
    expect(error.kind).toBe('newer-version');
    expect(error.message).toContain('(3.0.0)');
    expect(error.message).toContain(`(${APP})`);
  });

  it('says the format is newer, not the app, when a file in a newer format names the same or an older app version', () => {
    for (const appVersion of [APP, '0.0.1']) {
      const error = errorOf(JSON.stringify({ ...valid(), schemaVersion: BACKUP_SCHEMA_VERSION + 1, appVersion }));
      expect(error.kind).toBe('newer-version');
      expect(error.message).toBe(
        `This backup is in a newer format (version ${BACKUP_SCHEMA_VERSION + 1}) than this version of Reflect (${APP}) can read; it reads format ${BACKUP_SCHEMA_VERSION} and older. Update Reflect (reload the page when it offers an update), then import the file again.`,
      );
      expect(error.message).not.toMatch(/newer version of Reflect/);
    }
  });

  it('upgrades a version-1 file: its audits were all in use, and nobody else had rated', () => {
    const version1 = withoutTeams();
    version1.schemaVersion = 1;
    for (const audit of version1.audits) delete audit.deletedAt;
    const result = parseBackup(JSON.stringify(version1), APP);
    expect(result).toEqual({ ok: true, backup: makeBackup(soloRecords()) });
    // Version 1 never wrote the field: one found there is left for the checks, not overwritten.
    const odd = valid();
    odd.schemaVersion = 1;
    odd.audits[0]!.deletedAt = 'yesterday';
    const error = errorOf(JSON.stringify(odd));
    expect(error.kind).toBe('invalid');
    expect(error.problems[0]?.path).toBe('audits[0].deletedAt');
  });

  it('upgrades a version-2 file: no team had rated', () => {
    const version2 = withoutTeams();
    version2.schemaVersion = 2;
    expect(parseBackup(JSON.stringify(version2), APP)).toEqual({ ok: true, backup: makeBackup(soloRecords()) });
    // Tables a version-2 file somehow has are kept and checked, never overwritten with empty ones.
    expect(parseBackup(JSON.stringify({ ...valid(), schemaVersion: 2 }), APP)).toEqual({ ok: true, backup: makeBackup() });
    const odd = { ...valid(), schemaVersion: 2, responses: [{ nonsense: true }] };
    expect(errorOf(JSON.stringify(odd)).problems[0]?.path).toMatch(/^responses\[0\]/);
  });

  it('upgrades a version-3 file: no action had been reviewed or carried forward', () => {
    expect(parseBackup(JSON.stringify(version3File()), APP)).toEqual({ ok: true, backup: makeBackup(beforeReviews()) });
    // A version-3 file that somehow has reviews keeps them for the checks.
    const odd = { ...version3File(), actionReviews: [{ nonsense: true }] };
    expect(errorOf(JSON.stringify(odd)).problems[0]?.path).toMatch(/^actionReviews\[0\]/);
  });

  it('refuses a review of an action that is not in the file, and a review date that is not a date', () => {
    const file = valid() as unknown as { actionReviews: Array<Record<string, unknown>> };
    file.actionReviews[0]!.actionId = 'action-9';
    file.actionReviews[1]!.reviewedOn = 'Spring 2027';
    const error = errorOf(JSON.stringify(file));
    expect(error.kind).toBe('invalid');
    expect(error.problems.map((problem) => problem.path)).toEqual(expect.arrayContaining(['actionReviews[0].actionId', 'actionReviews[1].reviewedOn']));
  });

  it('explains fields it does not know as a newer version when the file comes from a newer app', () => {
    const file = valid();
    file.audits[0]!.archived = true;
    expect(errorOf(JSON.stringify({ ...file, appVersion: '9.0.0' })).kind).toBe('newer-version');
    // The same file from this version is simply invalid, with the field named.
    const error = errorOf(JSON.stringify(file));
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('audits[0]');
    expect(error.message).toMatch(/archived/);
  });

  it('accepts a file from a newer app whose format this version reads', () => {
    expect(parseBackup(JSON.stringify({ ...valid(), appVersion: '9.0.0' }), APP).ok).toBe(true);
  });

  it.each([
    ['a number where text belongs', (file: ReturnType<typeof valid>) => (file.audits[0]!.school = 42), 'audits[0].school', /expected string/],
    ['an unknown status', (file: ReturnType<typeof valid>) => (file.audits[0]!.status = 'lost'), 'audits[0].status', /in-progress/],
    ['a missing table', (file: ReturnType<typeof valid>) => delete file.answers, 'answers', /expected array/],
    ['a text rating', (file: ReturnType<typeof valid>) => ((file.answers as Array<Record<string, unknown>>)[0]!.rating = 'three'), 'answers[0].rating', /level number, "n\/a" or null/],
    ['an answer to an audit not in the file', (file: ReturnType<typeof valid>) => ((file.answers as Array<Record<string, unknown>>)[0]!.auditId = 'elsewhere'), 'answers[0].auditId', /not in the file/],
    ['a missing review-dates table', (file: ReturnType<typeof valid>) => delete file.planReviews, 'planReviews', /expected array/],
    ['a review date of an audit not in the file', (file: ReturnType<typeof valid>) => ((file.planReviews as Array<Record<string, unknown>>)[2]!.auditId = 'elsewhere'), 'planReviews[2].auditId', /not in the file/],
    ['two review dates with one id', (file: ReturnType<typeof valid>) => ((file.planReviews as Array<Record<string, unknown>>)[1]!.id = 'review-1'), 'planReviews[1]', /appears twice/],
    ['a review date with an unknown field', (file: ReturnType<typeof valid>) => ((file.planReviews as Array<Record<string, unknown>>)[0]!.done = true), 'planReviews[0]', /done/],
    ['an audit without its toolkit', (file: ReturnType<typeof valid>) => (file.toolkits = []), 'audits[0].toolkitVersion', /not in the file/],
    ['two audits with one id', (file: ReturnType<typeof valid>) => (file.audits[1]!.id = file.audits[0]!.id), 'audits[1].id', /duplicate audit id/],
    ['a broken toolkit definition', (file: ReturnType<typeof valid>) => ((file.toolkits as Array<{ definition: { domains: unknown } }>)[0]!.definition.domains = []), 'toolkits[0].definition.domains', /at least one domain/],
    ['an extra top-level field', (file: ReturnType<typeof valid>) => (file.password = 'x'), '', /password/],
  ])('refuses %s, naming where', (_label, spoil, path, message) => {
    const file = valid();
    spoil(file);
    const error = errorOf(JSON.stringify(file));
    expect(error.kind).toBe('invalid');
    expect(error.problems.some((problem) => problem.path === path && message.test(problem.message))).toBe(true);
    expect(error.message).toMatch(/Nothing was imported/);
  });

  it('counts further problems in the message and lists them all', () => {
    const file = valid();
    file.audits[0]!.school = 1;
    file.audits[1]!.school = 2;
    file.audits[1]!.title = 3;
    const error = errorOf(JSON.stringify(file));
    expect(error.message).toMatch(/and 2 more problems/);
    expect(error.problems).toHaveLength(3);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a file with a "%s" key anywhere, and pollutes nothing', (key) => {
    const text = serializeBackup(makeBackup()).replace('"school": "Northfield Primary"', `"${key}": { "polluted": true }, "school": "x"`);
    const error = errorOf(text);
    expect(error.kind).toBe('unsafe-key');
    expect(error.message).toContain(`"${key}"`);
    expect(error.message).toContain('audits[0]');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps markup in text as plain text', () => {
    const file = valid();
    file.audits[0]!.school = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const result = parseBackup(JSON.stringify(file), APP);
    expect(result.ok && result.backup.audits[0]!.school).toBe('<script>alert(1)</script><img src=x onerror=alert(2)>');
  });

  it('refuses text longer than the size limit without parsing it', () => {
    expect(errorOf(' '.repeat(MAX_BACKUP_BYTES + 1)).kind).toBe('too-large');
  });
});

describe('checkBackupSize', () => {
  it('allows up to the limit and names the size beyond it', () => {
    expect(checkBackupSize(MAX_BACKUP_BYTES)).toBeNull();
    const error = checkBackupSize(60 * 1024 * 1024);
    expect(error?.kind).toBe('too-large');
    expect(error?.message).toContain('60 MB');
    expect(error?.message).toContain('50 MB');
  });
});

describe('parseBackup on hostile structure', () => {
  it('returns a typed error for very deep nesting instead of overflowing the stack', () => {
    const depth = 100_000;
    const text = `{"format":"reflect-backup","schemaVersion":1,"audits":${'['.repeat(depth)}${']'.repeat(depth)}}`;
    const result = parseBackup(text, APP);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('invalid');
  });
});
