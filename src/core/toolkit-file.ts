/**
 * A toolkit file brought in to install: JSON in the toolkit format, checked
 * exactly as the shipped files are (the schema, then the editorial rules),
 * with every problem listed at once. Whether it may be installed beside what
 * is already on this device is decided by checkInstall.
 */
import { BACKUP_FORMAT } from './backup-format';
import { findUnsafeKey, looksTruncated } from './json-safety';
import { lintToolkit } from './lint-toolkit';
import { compareVersions } from './compare-versions';
import { formatMegabytes } from './format-bytes';
import { parseToolkit, type ParseResult, type ValidationProblem } from './parse-toolkit';
import { INVITATION_FORMAT, RESPONSE_FORMAT } from './team-files';
import { toolkitContentHash } from './toolkit-identity';
import type { Toolkit } from './toolkit-schema';

/** A toolkit is text: even 200 statements are well under a megabyte. */
export const MAX_TOOLKIT_BYTES = 5 * 1024 * 1024;

/** Checked on the file's size before it is read, so a huge file never fills memory. */
export function checkToolkitFileSize(bytes: number): ValidationProblem | null {
  if (bytes === 0) return { path: '', message: 'The file is empty.' };
  if (bytes <= MAX_TOOLKIT_BYTES) return null;
  return { path: '', message: `The file is too large (${formatMegabytes(bytes)}). A toolkit is much smaller; the largest accepted is ${formatMegabytes(MAX_TOOLKIT_BYTES)}.` };
}

/** The schema, then the same editorial rules the shipped toolkits pass. */
export function checkToolkit(input: unknown): ParseResult<Toolkit> {
  const parsed = parseToolkit(input);
  if (!parsed.ok) return parsed;
  const problems = lintToolkit(parsed.value);
  return problems.length > 0 ? { ok: false, problems } : parsed;
}

const OTHER_FILES: Record<string, string> = {
  [BACKUP_FORMAT]: 'This is a Reflect backup, not a toolkit. Restore it on the settings page.',
  [INVITATION_FORMAT]: 'This is an invitation to rate a colleague’s self-evaluation, not a toolkit. Open it from the home page.',
  [RESPONSE_FORMAT]: 'This is a colleague’s response to a team self-evaluation, not a toolkit. Bring it in on that self-evaluation’s Team page.',
};

export function parseToolkitJson(text: string): ParseResult<Toolkit> {
  const refuse = (message: string, path = ''): ParseResult<Toolkit> => ({ ok: false, problems: [{ path, message }] });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(
      looksTruncated(text)
        ? 'The file seems to be cut off part-way through. Try saving or downloading it again.'
        : 'This file is not a toolkit: it is not JSON, the toolkit format, nor an Excel workbook (.xlsx).',
    );
  }
  const unsafe = findUnsafeKey(json);
  if (unsafe) return refuse(`holds the key "${unsafe.key}", which a toolkit never has, so the file was not read`, unsafe.path);
  const format = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>).format : undefined;
  if (typeof format === 'string' && format in OTHER_FILES) return refuse(OTHER_FILES[format]!);
  return checkToolkit(json);
}

/** What installing a checked toolkit would do, given every definition this device has (shipped and kept). */
export type InstallCheck =
  | { kind: 'new' }
  /** Other versions of the same toolkit are here; their audits keep working, and the next review moves answers across. */
  | { kind: 'other-version'; versionsHere: string[]; isNewest: boolean }
  | { kind: 'already-here' }
  | { kind: 'conflict' };

export function checkInstall(toolkit: Toolkit, here: readonly Toolkit[]): InstallCheck {
  const same = here.filter((candidate) => candidate.id === toolkit.id);
  const sameVersion = same.filter((candidate) => candidate.version === toolkit.version);
  if (sameVersion.length > 0) {
    const hash = toolkitContentHash(toolkit);
    return sameVersion.every((candidate) => toolkitContentHash(candidate) === hash) ? { kind: 'already-here' } : { kind: 'conflict' };
  }
  if (same.length === 0) return { kind: 'new' };
  const versionsHere = [...new Set(same.map((candidate) => candidate.version))].sort(compareVersions);
  return { kind: 'other-version', versionsHere, isNewest: compareVersions(toolkit.version, versionsHere.at(-1)!) > 0 };
}
