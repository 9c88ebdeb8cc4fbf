/**
 * Where each part of a toolkit built from a workbook came from, so that a
 * problem the schema or the editorial rules find at a JSON path
 * (`domains[0].indicators[2].reference`) is reported at the cell an author
 * can open (`Indicators!H4`), in the workbook's words rather than the file's.
 */
import { quote } from './toolkit-workbook-cells';
import type { ValidationProblem } from './parse-toolkit';

/** `a.b[2].c` → `a.b[2]` → `a.b` → `a` → `` */
export function parentPath(path: string): string {
  const inner = /(\.[^.[\]]+|\[\d+\])$/;
  return inner.test(path) ? path.replace(inner, '') : '';
}

const isWithin = (path: string, outer: string) => outer === '' || path === outer || path.startsWith(`${outer}.`) || path.startsWith(`${outer}[`);

export class WorkbookPlaces {
  private readonly places = new Map<string, string>();
  private readonly reported: string[] = [];

  /** `path` in the toolkit came from `where` in the workbook: a cell, or a sheet for a whole list. */
  place(path: string, where: string): void {
    this.places.set(path, where);
  }

  /** A problem with `path` was reported while reading the cells; the checks' view of it would only say it again. */
  markReported(path: string): void {
    this.reported.push(path);
  }

  /**
   * Whether a check's problem at `path` is about something already reported:
   * the same part, a part inside it, or a part containing it (a statement with
   * an empty descriptor also "misses a level").
   */
  isReported(path: string): boolean {
    return this.reported.some((reported) => isWithin(path, reported) || isWithin(reported, path));
  }

  /** The cell for `path`, else for the nearest part containing it, else the file. */
  locate(path: string): string {
    for (let at = path; ; at = parentPath(at)) {
      const where = this.places.get(at);
      if (where !== undefined) return where;
      if (at === '') return '';
    }
  }
}

/** The value at a JSON path of a plain object, reading own properties only. */
export function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const [, key, index] of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    const name = index ?? key!;
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, name)) return undefined;
    value = (value as Record<string, unknown>)[name];
  }
  return value;
}

const ID_RULE = 'use lower-case letters, digits and single hyphens, e.g. first-day-calls';

/** A check's message as a workbook's author reads it: sections and statements, sheets rather than fields. */
function inWorkbookWords(path: string, message: string, value: unknown): string {
  if (message.startsWith('must be kebab-case')) {
    // "a, b" in a cell of ids is two ids on one line; a space alone may be one id with a space in it.
    const inList = /\[\d+\]$/.test(path) && /[,;]/.test(String(value));
    return `${quote(value)} is not an id: ${ID_RULE}${inList ? ', and put each id on a line of its own' : ''}`;
  }
  const rewrites: [RegExp, string][] = [
    [/^duplicate level (\d+)$/, 'level $1 is on an earlier row already'],
    [/^duplicate [a-z ]+ id "(.*)"$/, 'the id "$1" is used on an earlier row already'],
    [/^"(.*)" is not one of the toolkit's inspectionAreas$/, '"$1" is not an id on the Inspection areas sheet'],
    [/^"(.*)" is not a domain of this toolkit$/, '"$1" is not a section id on the Domains sheet'],
    [/^missing level (\d+)$/, 'the descriptor for level $1 is empty'],
    [/^needs at least one indicator$/, 'has no statements on the Indicators sheet'],
    [/^needs at least one suggested action$/, 'has no suggested action on the Suggested actions sheet'],
    [/^needs at least one statement$/, 'has no statements on the Questionnaire statements sheet'],
    [/^needs at least one domain$/, 'has no sections'],
    [/^marks (\d+) core statements;/, 'the Core column says yes for $1 of the statements;'],
  ];
  if (/\.descriptors\.\d+$/.test(path)) rewrites.unshift([/^level (\d+) is not on the scale$/, 'this descriptor is for level $1, which is not on the Scale sheet']);
  rewrites.push([/^level (\d+) is not on the scale$/, 'level $1 is not on the Scale sheet']);
  const rewritten = rewrites.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), message);
  // The file's words become the users' outside quotes only: a quoted id such as "domain-1" is what the author typed.
  return rewritten
    .split(/("[^"]*")/)
    .map((part, index) =>
      index % 2 === 1
        ? part
        : part
            .replace(/\bdomains\b/g, 'sections')
            .replace(/\bdomain\b/g, 'section')
            .replace(/\bindicators\b/g, 'statements')
            .replace(/\bindicator\b/g, 'statement'),
    )
    .join('');
}

/**
 * The schema's and editorial rules' problems, each at its cell and in the
 * workbook's words; those about a cell already reported are left out.
 */
export function placeProblems(problems: readonly ValidationProblem[], places: WorkbookPlaces, built: unknown, coreSheet: string): ValidationProblem[] {
  return problems
    .filter((problem) => !places.isReported(problem.path))
    .map(({ path, message }) => ({
      // The core count is about the Core column, though the rule finds it across all sections.
      path: path === 'domains' && message.startsWith('marks ') ? coreSheet : places.locate(path),
      message: inWorkbookWords(path, message, valueAt(built, path)),
    }));
}
