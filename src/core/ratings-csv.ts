/**
 * The ratings as CSV, one row per statement, for anyone who wants a spreadsheet.
 * RFC 4180 quoting, CRLF line ends, and cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) are neutralised with a
 * leading apostrophe, as OWASP recommends against CSV injection (a signed number
 * such as +1.0 is left a number). Each row
 * also carries its section's score and level, named by the same rule as the
 * results page and the PDF; those columns come last so that spreadsheets
 * built on the first five keep working. The headings use the words the
 * screens use (section, statement).
 */
import type { AnswersByIndicator } from './audit';
import { toFileNamePart } from './file-name-part';
import { NOT_RATED, ratingLabel } from './rating-label';
import { scoreAudit } from './score-audit';
import { formatScore, levelNameForScore } from './score-display';
import type { Toolkit } from './toolkit-schema';

export const RATINGS_CSV_HEADER = ['Section', 'Statement', 'Level', 'Level name', 'Note', 'Section score', 'Section level name'] as const;

/** Leading whitespace does not stop every spreadsheet from reading a formula. */
const FORMULA_START = /^[\s]*[=+\-@]|^[\t\r]/;

/** A signed number (a change of +1.0 or -0.5) is read as a number, never run, and must stay one for sums. */
const SIGNED_NUMBER = /^[+-]\d+(\.\d+)?$/;

export function neutraliseFormula(cell: string): string {
  return FORMULA_START.test(cell) && !SIGNED_NUMBER.test(cell) ? `'${cell}` : cell;
}

export function quoteCsvCell(cell: string): string {
  return /[",\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((cell) => quoteCsvCell(neutraliseFormula(cell))).join(',')).join('\r\n') + '\r\n';
}

export function buildRatingsRows(toolkit: Toolkit, answers: AnswersByIndicator): string[][] {
  const levels = toolkit.scale.levels;
  const scores = scoreAudit(toolkit, answers).domains;
  const rows = toolkit.domains.flatMap((domain, index) => {
    const score = scores[index]!.score;
    // A number, or empty when nothing is rated (as the Level column), so that spreadsheet sums skip it.
    const domainCells = score === null ? ['', NOT_RATED] : [formatScore(score), levelNameForScore(levels, score) ?? ''];
    return domain.indicators.map((indicator) => {
      const answer = answers[indicator.id];
      const rating = answer?.rating ?? null;
      return [domain.title, indicator.statement, typeof rating === 'number' ? String(rating) : '', ratingLabel(levels, rating), answer?.note ?? '', ...domainCells];
    });
  });
  return [[...RATINGS_CSV_HEADER], ...rows];
}

export function buildRatingsCsv(toolkit: Toolkit, answers: AnswersByIndicator): string {
  return toCsv(buildRatingsRows(toolkit, answers));
}

/** `<school>-<toolkit>-ratings-<yyyy-mm-dd>.csv`, safe to save on Windows. */
export function ratingsFileName(school: string, toolkitId: string, isoDate: string): string {
  return `${toFileNamePart(school).slice(0, 80) || 'school'}-${toFileNamePart(toolkitId)}-ratings-${isoDate}.csv`;
}
