/**
 * Reads an invitation or a response file's text into a checked value, or a
 * typed error that names the problem. Never throws and never touches
 * storage. The steps are a backup's (backup-parse.ts): size before reading,
 * then JSON, cut-off files, unsafe keys, the kind of file, its version and
 * its shape; the words differ, since a colleague opens an invitation and a
 * lead imports a response.
 */
import { formatMegabytes } from './format-bytes';
import type { z } from 'zod';
import { APP_VERSION } from './app-version';
import { BACKUP_FORMAT } from './backup-format';
import { compareVersions } from './compare-versions';
import { findUnsafeKey, looksTruncated } from './json-safety';
import { formatProblem, toProblems, type ValidationProblem } from './parse-toolkit';
import { invitationSchema, responseSchema } from './team-file-schema';
import {
  INVITATION_FORMAT,
  INVITATION_SCHEMA_VERSION,
  RESPONSE_FORMAT,
  RESPONSE_SCHEMA_VERSION,
  type Invitation,
  type ResponseFile,
} from './team-files';

/** A toolkit is about 100 KB; five megabytes leaves room for the largest one and its respondents. */
export const MAX_INVITATION_BYTES = 5 * 1024 * 1024;
/** One person's answers and notes are tens of kilobytes. */
export const MAX_RESPONSE_BYTES = 1024 * 1024;

export type TeamFileErrorKind =
  | 'too-large'
  | 'empty'
  | 'not-json'
  | 'truncated'
  | 'not-an-invitation'
  | 'not-a-response'
  | 'newer-version'
  | 'unsafe-key'
  | 'invalid'
  | 'unreadable';

export interface TeamFileError {
  kind: TeamFileErrorKind;
  /** One or two sentences for people, naming the problem and what to do. */
  message: string;
  /** For 'invalid': every problem with its path, e.g. `answers[3].rating: must be a level number, "n/a" or null`. */
  problems: ValidationProblem[];
}

export type TeamFileParseResult<T> = { ok: true; value: T } | { ok: false; error: TeamFileError };

/** What differs between the two files: their identity, limits and the words used about them. */
interface FileKind<T> {
  noun: 'invitation' | 'response';
  format: string;
  schemaVersion: number;
  maxBytes: number;
  schema: z.ZodType<T>;
  notOurs: 'not-an-invitation' | 'not-a-response';
  /** What to pick instead. */
  choose: string;
  /** Where to get a good copy of the file. */
  askAgain: string;
  /** What did not happen because of the problem. */
  nothing: string;
  /** Said when the file is the other kind of team file. */
  otherKind: string;
}

const INVITATION: FileKind<Invitation> = {
  noun: 'invitation',
  format: INVITATION_FORMAT,
  schemaVersion: INVITATION_SCHEMA_VERSION,
  maxBytes: MAX_INVITATION_BYTES,
  schema: invitationSchema,
  notOurs: 'not-an-invitation',
  choose: 'Choose the invitation file the lead sent you: its name has "invitation" in it.',
  askAgain: 'Ask the lead to send the invitation again.',
  nothing: 'Nothing was opened.',
  otherKind:
    'This is a response file: one person’s answers, which the lead imports on the team page of their self-evaluation. To take part, open the invitation file the lead sent you: its name has "invitation" in it.',
};

const RESPONSE: FileKind<ResponseFile> = {
  noun: 'response',
  format: RESPONSE_FORMAT,
  schemaVersion: RESPONSE_SCHEMA_VERSION,
  maxBytes: MAX_RESPONSE_BYTES,
  schema: responseSchema,
  notOurs: 'not-a-response',
  choose: 'Choose a response file a colleague sent back: its name has "response" in it.',
  askAgain: 'Ask your colleague to save their response and send it again.',
  nothing: 'Nothing was imported.',
  otherKind:
    'This is an invitation file, which a colleague opens on their own device to take part. Import the response files colleagues send back: their names have "response" in them.',
};


function sizeError(kind: FileKind<unknown>, bytes: number): TeamFileError | null {
  if (bytes <= kind.maxBytes) return null;
  return {
    kind: 'too-large',
    message: `The file is too large (${formatMegabytes(bytes)}). A Reflect ${kind.noun} is much smaller; the largest accepted is ${formatMegabytes(kind.maxBytes)}.`,
    problems: [],
  };
}

/** Checked on the file's size before it is read, so a huge file never fills memory. */
export const checkInvitationSize = (bytes: number) => sizeError(INVITATION, bytes);
export const checkResponseSize = (bytes: number) => sizeError(RESPONSE, bytes);

const fail = (kind: TeamFileErrorKind, message: string, problems: ValidationProblem[] = []) => ({ ok: false as const, error: { kind, message, problems } });

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** People pick the wrong file from a downloads folder: name what they picked, and what to pick instead. */
function notOursMessage(kind: FileKind<unknown>, json: unknown): string {
  const format = isPlainRecord(json) ? json.format : undefined;
  const other = kind === INVITATION ? RESPONSE_FORMAT : INVITATION_FORMAT;
  if (format === other) return kind.otherKind;
  if (format === BACKUP_FORMAT) return `This is a Reflect backup, not ${kind === INVITATION ? 'an invitation' : 'a response'}: restore backups in Settings. ${kind.choose}`;
  if (isPlainRecord(json) && 'domains' in json && 'scale' in json) return `This is a toolkit file, not ${kind === INVITATION ? 'an invitation' : 'a response'}. ${kind.choose}`;
  return `The file is not a Reflect ${kind.noun}: it is JSON, but not the kind Reflect saves. ${kind.choose}`;
}

const UPDATE_ADVICE = 'Update Reflect (reload the page when it offers an update), then open the file again.';

function checkContent<T>(kind: FileKind<T>, file: Record<string, unknown>, appVersion: string): TeamFileParseResult<T> {
  const fileAppVersion = typeof file.appVersion === 'string' ? file.appVersion : '';
  const newer = `This ${kind.noun} was made by a newer version of Reflect (${fileAppVersion || 'unknown'}) than this one (${appVersion}). ${UPDATE_ADVICE}`;
  const { schemaVersion } = file;
  if (typeof schemaVersion === 'number' && Number.isInteger(schemaVersion) && schemaVersion > kind.schemaVersion) {
    // The app version alone can mislead (a test build, an edited file): say what is really newer.
    if (compareVersions(fileAppVersion, appVersion) > 0) return fail('newer-version', newer);
    return fail(
      'newer-version',
      `This ${kind.noun} is in a newer format (version ${schemaVersion}) than this version of Reflect (${appVersion}) can read; it reads format ${kind.schemaVersion}. ${UPDATE_ADVICE}`,
    );
  }
  const result = kind.schema.safeParse(file);
  if (result.success) return { ok: true, value: result.data };
  // A newer app may write fields this one does not know; say so rather than list them as errors.
  if (compareVersions(fileAppVersion, appVersion) > 0) return fail('newer-version', newer);
  const problems = toProblems(result.error);
  const first = problems[0];
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return fail('invalid', `The ${kind.noun} file is damaged or has been edited: ${first ? formatProblem(first) : 'it could not be checked'}${more}. ${kind.nothing}`, problems);
}

function parse<T>(kind: FileKind<T>, text: string, appVersion: string): TeamFileParseResult<T> {
  const tooLarge = sizeError(kind, text.length);
  if (tooLarge) return { ok: false, error: tooLarge };
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') return fail('empty', `The file is empty. ${kind.choose}`);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    if (looksTruncated(body)) {
      return fail('truncated', `The file is incomplete: it ends part-way through, perhaps because a download or copy was interrupted. ${kind.askAgain}`);
    }
    return fail('not-json', `The file is not a Reflect ${kind.noun}: it is not in the JSON format Reflect saves. ${kind.choose}`);
  }
  const unsafe = findUnsafeKey(json);
  if (unsafe) {
    return fail('unsafe-key', `The file contains a field named "${unsafe.key}"${unsafe.path ? ` (at ${unsafe.path})` : ''}, which Reflect never writes. The file has been altered. ${kind.nothing}`);
  }
  if (!isPlainRecord(json) || json.format !== kind.format) return fail(kind.notOurs, notOursMessage(kind, json));
  return checkContent(kind, json, appVersion);
}

/** Anything unexpected becomes an 'unreadable' error rather than a crash. */
function parseSafely<T>(kind: FileKind<T>, text: string, appVersion: string): TeamFileParseResult<T> {
  try {
    return parse(kind, text, appVersion);
  } catch {
    return fail('unreadable', `The file could not be read as a Reflect ${kind.noun}. ${kind.nothing}`);
  }
}

/** An invitation a colleague opens on their own device. */
export function parseInvitation(text: string, appVersion: string = APP_VERSION): TeamFileParseResult<Invitation> {
  return parseSafely(INVITATION, text, appVersion);
}

/** A response the lead imports. Whether it fits the lead's audit is checked by checkResponse. */
export function parseResponse(text: string, appVersion: string = APP_VERSION): TeamFileParseResult<ResponseFile> {
  return parseSafely(RESPONSE, text, appVersion);
}
