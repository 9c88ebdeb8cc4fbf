/**
 * Reads a backup file's text into a checked Backup, or a typed error that
 * names the problem. It never throws and never touches storage: the whole
 * file is checked before anything is written.
 */
import { formatMegabytes } from './format-bytes';
import { formatProblem, toProblems, type ValidationProblem } from './parse-toolkit';
import { BACKUP_FORMAT, BACKUP_SCHEMA_VERSION, backupSchema, type Backup } from './backup-schema';
import { findUnsafeKey, looksTruncated } from './json-safety';
import { compareVersions } from './compare-versions';

/** Far more than any school's audits need (a full audit is tens of kilobytes); checked before reading. */
export const MAX_BACKUP_BYTES = 50 * 1024 * 1024;

export type BackupErrorKind =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'not-a-backup'
  | 'newer-version'
  | 'unsafe-key'
  | 'invalid'
  | 'toolkit-differs'
  | 'unreadable';

export interface BackupError {
  kind: BackupErrorKind;
  /** One sentence for people, naming the problem. */
  message: string;
  /** For 'invalid': every problem with its path, e.g. `audits[0].school: expected string`. */
  problems: ValidationProblem[];
}

export type BackupParseResult = { ok: true; backup: Backup } | { ok: false; error: BackupError };

/**
 * Steps that turn a backup of schema version n into version n + 1. Add one
 * when BACKUP_SCHEMA_VERSION goes up, with a test that imports a file of the
 * old version. A step sees the file before it is checked: it changes only
 * what has the shape it expects and leaves the rest for the schema to refuse.
 */
const BACKUP_UPGRADES: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {
  // Version 1 knew nothing of deleted audits: every audit in it is in use.
  1: (old) => ({
    ...old,
    schemaVersion: 2,
    audits: Array.isArray(old.audits) ? old.audits.map((audit: unknown) => (isPlainRecord(audit) && !('deletedAt' in audit) ? { ...audit, deletedAt: null } : audit)) : old.audits,
  }),
  // Version 2 knew nothing of teams: no respondents, responses, agreed ratings or kiosk answers.
  // Tables a file somehow has are kept for the checks rather than overwritten.
  2: (old) => ({ respondents: [], responses: [], agreedRatings: [], voiceAnswers: [], ...old, schemaVersion: 3 }),
  // Version 3 knew nothing of action reviews (and no action was carried forward, an optional field).
  3: (old) => ({ actionReviews: [], ...old, schemaVersion: 4 }),
};

function fail(kind: BackupErrorKind, message: string, problems: ValidationProblem[] = []): BackupParseResult {
  return { ok: false, error: { kind, message, problems } };
}


/** Checked on the file's size before it is read, so a huge file never fills memory. */
export function checkBackupSize(bytes: number): BackupError | null {
  if (bytes <= MAX_BACKUP_BYTES) return null;
  return {
    kind: 'too-large',
    message: `The file is too large (${formatMegabytes(bytes)}). A Reflect backup is much smaller; the largest accepted is ${formatMegabytes(MAX_BACKUP_BYTES)}.`,
    problems: [],
  };
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function upgradeToCurrent(file: Record<string, unknown>): Record<string, unknown> | null {
  let current = file;
  for (let version = Number(file.schemaVersion); version < BACKUP_SCHEMA_VERSION; version += 1) {
    const step = BACKUP_UPGRADES[version];
    if (!step) return null;
    current = step(current);
  }
  return current;
}

const UPDATE_ADVICE = 'Update Reflect (reload the page when it offers an update), then import the file again.';

function checkContent(file: Record<string, unknown>, appVersion: string): BackupParseResult {
  const fileAppVersion = typeof file.appVersion === 'string' ? file.appVersion : '';
  const newer = `This backup was made by a newer version of Reflect (${fileAppVersion || 'unknown'}) than this one (${appVersion}). ${UPDATE_ADVICE}`;
  const { schemaVersion } = file;
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > BACKUP_SCHEMA_VERSION) {
    // The app version alone can mislead (a test build, an edited file): say what is really newer.
    if (compareVersions(fileAppVersion, appVersion) > 0) return fail('newer-version', newer);
    return fail(
      'newer-version',
      `This backup is in a newer format (version ${schemaVersion}) than this version of Reflect (${appVersion}) can read; it reads format ${BACKUP_SCHEMA_VERSION} and older. ${UPDATE_ADVICE}`,
    );
  }
  const upgraded = typeof schemaVersion === 'number' && schemaVersion >= 1 ? upgradeToCurrent(file) : file;
  const result = backupSchema.safeParse(upgraded ?? file);
  if (result.success) return { ok: true, backup: result.data };
  // A newer app may write fields this one does not know; say so rather than list them as errors.
  if (compareVersions(fileAppVersion, appVersion) > 0) return fail('newer-version', newer);
  const problems = toProblems(result.error);
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return fail('invalid', `The backup file is damaged or has been edited: ${first ? formatProblem(first) : 'it could not be checked'}${more}. Nothing was imported.`, problems);
}

function parse(text: string, appVersion: string): BackupParseResult {
  const tooLarge = checkBackupSize(text.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('empty', 'The file is empty. Choose the backup file Reflect downloaded (its name starts with reflect-backup).');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    if (looksTruncated(body)) {
      return fail('truncated', 'The file is incomplete: it ends part-way through, perhaps because a download or copy was interrupted. Download or copy the backup again.');
    }
    return fail('not-json', 'The file is not a Reflect backup: it is not in the JSON format Reflect saves backups in. Choose the file whose name starts with reflect-backup.');
  }
  const unsafe = findUnsafeKey(json);
  if (unsafe) {
    return fail('unsafe-key', `The file contains a field named "${unsafe.key}"${unsafe.path ? ` (at ${unsafe.path})` : ''}, which Reflect never writes. The file has been altered, so nothing was imported.`);
  }
  if (!isPlainRecord(json) || json.format !== BACKUP_FORMAT) {
    const toolkit = isPlainRecord(json) && 'domains' in json && 'scale' in json;
    return fail(
      'not-a-backup',
      toolkit
        ? 'This is a toolkit file, not a Reflect backup. Choose the file whose name starts with reflect-backup.'
        : 'The file is not a Reflect backup: it is JSON, but not the kind Reflect saves. Choose the file whose name starts with reflect-backup.',
    );
  }
  return checkContent(json, appVersion);
}

/** Never throws: anything unexpected becomes an 'unreadable' error rather than a crash. */
export function parseBackup(text: string, appVersion: string): BackupParseResult {
  try {
    return parse(text, appVersion);
  } catch {
    return fail('unreadable', 'The file could not be read as a Reflect backup. Nothing was imported.');
  }
}
