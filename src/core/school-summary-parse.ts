/**
 * Reads a school's summary file into a checked value, or a typed error that
 * names the problem. Never throws and never touches storage. The steps are a
 * team file's (team-file-parse.ts): size before reading, then JSON, cut-off
 * files, unsafe keys, the kind of file, its version and its shape. A council
 * imports many at once, so each message names the problem for one file and
 * says that the file was left out, not that nothing was imported.
 */
import { APP_VERSION } from './app-version';
import { BACKUP_FORMAT } from './backup-format';
import { compareVersions } from './compare-versions';
import { formatMegabytes } from './format-bytes';
import { findUnsafeKey, looksTruncated } from './json-safety';
import { formatProblem, toProblems, type ValidationProblem } from './parse-toolkit';
import { SUMMARY_FORMAT, SUMMARY_SCHEMA_VERSION, type SchoolSummary } from './school-summary';
import { summarySchema } from './school-summary-schema';
import { INVITATION_FORMAT, RESPONSE_FORMAT } from './team-files';

/** A 40-statement summary is about 15 KB; a megabyte leaves room for the largest toolkit and long showcase passages. */
export const MAX_SUMMARY_BYTES = 1024 * 1024;

export type SummaryErrorKind = 'too-large' | 'empty' | 'not-json' | 'truncated' | 'not-a-summary' | 'newer-version' | 'unsafe-key' | 'invalid' | 'unreadable';

export interface SummaryError {
  kind: SummaryErrorKind;
  /** One or two sentences for people, naming the problem and what to do. */
  message: string;
  /** For 'invalid': every problem with its path, e.g. `sections[2].score: is 3.5, but its ratings give 2.5`. */
  problems: ValidationProblem[];
}

export type SummaryParseResult = { ok: true; value: SchoolSummary } | { ok: false; error: SummaryError };

const LEFT_OUT = 'This file was left out.';
const ASK_AGAIN = 'Ask the school to share its summary again.';
const CHOOSE = 'Choose the summary files schools shared: their names end in "summary" and the date.';
const UPDATE = 'Update Reflect (reload the page when it offers an update), then import the file again.';

const fail = (kind: SummaryErrorKind, message: string, problems: ValidationProblem[] = []): SummaryParseResult => ({ ok: false, error: { kind, message, problems } });

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checked on the file's size before it is read, so a huge file never fills memory. */
export function checkSummarySize(bytes: number): SummaryError | null {
  if (bytes <= MAX_SUMMARY_BYTES) return null;
  return {
    kind: 'too-large',
    message: `The file is too large (${formatMegabytes(bytes)}) to be a school’s summary; the largest accepted is ${formatMegabytes(MAX_SUMMARY_BYTES)}. ${LEFT_OUT}`,
    problems: [],
  };
}

/** A council's inbox holds every kind of Reflect file: say which this is. */
function notOursMessage(json: unknown): string {
  const format = isPlainRecord(json) ? json.format : undefined;
  if (format === BACKUP_FORMAT) return `This is a Reflect backup, not a school’s summary. A backup holds a school’s own self-evaluations and is restored in Settings. ${LEFT_OUT}`;
  if (format === INVITATION_FORMAT || format === RESPONSE_FORMAT) return `This is a team file (an invitation or a response) from a school’s own self-evaluation, not a summary. ${LEFT_OUT}`;
  if (isPlainRecord(json) && 'domains' in json && 'scale' in json) return `This is a toolkit file, not a school’s summary: install toolkits on the Toolkits page. ${LEFT_OUT}`;
  return `The file is not a school’s summary: it is JSON, but not the kind Reflect saves. ${CHOOSE} ${LEFT_OUT}`;
}

function checkContent(file: Record<string, unknown>, appVersion: string): SummaryParseResult {
  const fileAppVersion = typeof file.appVersion === 'string' ? file.appVersion : '';
  const newer = `This summary was made by a newer version of Reflect (${fileAppVersion || 'unknown'}) than this one (${appVersion}). ${UPDATE}`;
  const { schemaVersion } = file;
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > SUMMARY_SCHEMA_VERSION) {
    if (compareVersions(fileAppVersion, appVersion) > 0) return fail('newer-version', newer);
    return fail('newer-version', `This summary is in a newer format (version ${schemaVersion}) than this version of Reflect (${appVersion}) can read; it reads format ${SUMMARY_SCHEMA_VERSION}. ${UPDATE}`);
  }
  const result = summarySchema.safeParse(file);
  if (result.success) return { ok: true, value: result.data };
  // A newer app may write fields this one does not know; say so rather than list them as errors.
  if (compareVersions(fileAppVersion, appVersion) > 0) return fail('newer-version', newer);
  const problems = toProblems(result.error);
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return fail('invalid', `The summary is damaged or has been edited: ${first ? formatProblem(first) : 'it could not be checked'}${more}. ${LEFT_OUT} ${ASK_AGAIN}`, problems);
}

function parse(text: string, appVersion: string): SummaryParseResult {
  const tooLarge = checkSummarySize(text.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('empty', `The file is empty. ${LEFT_OUT} ${ASK_AGAIN}`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    if (looksTruncated(body)) return fail('truncated', `The file is incomplete: it ends part-way through, perhaps because a download or copy was interrupted. ${LEFT_OUT} ${ASK_AGAIN}`);
    return fail('not-json', `The file is not a school’s summary: it is not in the JSON format Reflect saves. ${CHOOSE} ${LEFT_OUT}`);
  }
  const unsafe = findUnsafeKey(json);
  if (unsafe) {
    return fail('unsafe-key', `The file contains a field named "${unsafe.key}"${unsafe.path ? ` (at ${unsafe.path})` : ''}, which Reflect never writes. The file has been altered. ${LEFT_OUT}`);
  }
  if (!isPlainRecord(json) || json.format !== SUMMARY_FORMAT) return fail('not-a-summary', notOursMessage(json));
  return checkContent(json, appVersion);
}

/** A summary a council imports. Anything unexpected becomes an 'unreadable' error rather than a crash. */
export function parseSummary(text: string, appVersion: string = APP_VERSION): SummaryParseResult {
  try {
    return parse(text, appVersion);
  } catch {
    return fail('unreadable', `The file could not be read as a school’s summary. ${LEFT_OUT}`);
  }
}
