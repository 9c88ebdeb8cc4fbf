/**
 * The summaries a council has imported, kept apart from any school's own
 * self-evaluations. One summary per self-evaluation: a newer file of the same
 * self-evaluation replaces the older one. A school's self-evaluations of one
 * toolkit are its rounds, newest last: the roll-up counts each school's
 * latest round, and compares it with the round before for the change.
 * Schools are told apart by URN, or by name when no URN was given.
 */
import type { SummaryParseResult } from './school-summary-parse';
import type { SchoolSummary } from './school-summary';

export interface ImportedSummary {
  /** The self-evaluation's id: one summary per self-evaluation. */
  selfEvaluationId: string;
  schoolKey: string;
  toolkitId: string;
  toolkitVersion: string;
  /** When this device imported it, in milliseconds. */
  importedAt: number;
  summary: SchoolSummary;
}

/** "St Mary’s C.E. Primary" and "st marys ce primary" are one school. */
export function normaliseSchoolName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function schoolKeyOf(summary: Pick<SchoolSummary, 'school'>): string {
  return summary.school.urn ? `urn:${summary.school.urn}` : `name:${normaliseSchoolName(summary.school.name)}`;
}

export function toImported(summary: SchoolSummary, importedAt: number): ImportedSummary {
  return {
    selfEvaluationId: summary.selfEvaluation.id,
    schoolKey: schoolKeyOf(summary),
    toolkitId: summary.toolkit.id,
    toolkitVersion: summary.toolkit.version,
    importedAt,
    summary,
  };
}

/** Older rounds first: by the self-evaluation's date, then by when the file was made. */
export function compareRounds(a: SchoolSummary, b: SchoolSummary): number {
  return a.selfEvaluation.date.localeCompare(b.selfEvaluation.date) || a.createdAt.localeCompare(b.createdAt);
}

export interface SchoolRounds {
  schoolKey: string;
  latest: SchoolSummary;
  /** The round before the latest, or null when the school has shared one. */
  previous: SchoolSummary | null;
}

/** Each school's latest round of one toolkit version and the one before it. */
export function roundsBySchool(summaries: readonly ImportedSummary[]): SchoolRounds[] {
  const bySchool = new Map<string, SchoolSummary[]>();
  for (const row of summaries) {
    const list = bySchool.get(row.schoolKey);
    if (list) list.push(row.summary);
    else bySchool.set(row.schoolKey, [row.summary]);
  }
  return [...bySchool].map(([schoolKey, list]) => {
    const sorted = list.sort(compareRounds);
    return { schoolKey, latest: sorted.at(-1)!, previous: sorted.at(-2) ?? null };
  });
}

export const toolkitKey = (toolkitId: string, version: string) => `${toolkitId}@${version}`;

/** The summaries of each toolkit version, in the order first seen. */
export function groupByToolkit(summaries: readonly ImportedSummary[]): Map<string, ImportedSummary[]> {
  const groups = new Map<string, ImportedSummary[]>();
  for (const row of summaries) {
    const key = toolkitKey(row.toolkitId, row.toolkitVersion);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

export type FileOutcome =
  | { fileName: string; kind: 'added' | 'replaced'; summary: SchoolSummary }
  | { fileName: string; kind: 'not-newer'; summary: SchoolSummary; message: string }
  | { fileName: string; kind: 'refused'; message: string };

export interface SummaryImportPlan {
  /** What to write: each a new summary, or a newer one of a self-evaluation already here. */
  toPut: ImportedSummary[];
  /** One per file, in the order the files were given. */
  outcomes: FileOutcome[];
}

/**
 * Which files go in. Of several summaries of one self-evaluation (here
 * already, or in this import) the one made last is kept; a file that is
 * not a summary is refused on its own and the rest still go in.
 */
export function planSummaryImport(
  kept: ReadonlyMap<string, Pick<SchoolSummary, 'createdAt'>>,
  files: readonly { fileName: string; result: SummaryParseResult }[],
  importedAt: number,
): SummaryImportPlan {
  const winners = new Map<string, number>();
  files.forEach((file, index) => {
    if (!file.result.ok) return;
    const { id } = file.result.value.selfEvaluation;
    const made = file.result.value.createdAt;
    const best = winners.get(id);
    const bestMade = best === undefined ? kept.get(id)?.createdAt : (files[best]!.result as { value: SchoolSummary }).value.createdAt;
    if (bestMade === undefined || made > bestMade) winners.set(id, index);
  });
  const outcomes = files.map((file, index): FileOutcome => {
    const { fileName, result } = file;
    if (!result.ok) return { fileName, kind: 'refused', message: result.error.message };
    const summary = result.value;
    const { id } = summary.selfEvaluation;
    if (winners.get(id) === index) return { fileName, kind: kept.has(id) ? 'replaced' : 'added', summary };
    const inThisImport = winners.has(id);
    return {
      fileName,
      kind: 'not-newer',
      summary,
      message: `A summary of the same self-evaluation made at the same time or later is ${inThisImport ? 'among these files' : 'already here'}, so this one was not used.`,
    };
  });
  const toPut = outcomes.flatMap((outcome) => (outcome.kind === 'added' || outcome.kind === 'replaced' ? [toImported(outcome.summary, importedAt)] : []));
  return { toPut, outcomes };
}
