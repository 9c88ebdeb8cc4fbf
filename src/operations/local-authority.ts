/**
 * Named operations behind the local-authority view: schools' summary files
 * brought in (each checked on its own, the rest going in when one is
 * refused), the summaries listed and removed a school at a time, and the
 * roll-up and showcase as files. The PDF code loads only when one is made.
 */
import { rollUpAll, type ToolkitRollup } from '../core/borough-rollup';
import { todayIsoDate } from '../core/format-date';
import type { FileOutcome, ImportedSummary } from '../core/imported-summary';
import { buildRollupCsv, rollupFileName } from '../core/rollup-csv';
import { checkSummarySize, parseSummary } from '../core/school-summary-parse';
import { buildShowcase, type ShowcaseBooklet } from '../core/showcase-booklet';
import { getSummaryStore } from '../storage/summary-stores';

export type { FileOutcome, ImportedSummary, ShowcaseBooklet, ToolkitRollup };

/** Files read at once: asking the browser for thousands of files' text together is several times slower than in batches. */
const READ_BATCH = 64;

async function readSummaryFile(file: File): Promise<{ fileName: string; result: ReturnType<typeof parseSummary> }> {
  const tooLarge = checkSummarySize(file.size);
  return { fileName: file.name, result: tooLarge ? { ok: false as const, error: tooLarge } : parseSummary(await file.text()) };
}

/** Reads and checks every file, then imports the summaries among them in one go. */
export async function importSummaryFiles(files: readonly File[]): Promise<FileOutcome[]> {
  const read: Awaited<ReturnType<typeof readSummaryFile>>[] = [];
  for (let start = 0; start < files.length; start += READ_BATCH) read.push(...(await Promise.all(files.slice(start, start + READ_BATCH).map(readSummaryFile))));
  return getSummaryStore().importSummaries(read);
}

export function listSummaries(): Promise<ImportedSummary[]> {
  return getSummaryStore().listSummaries();
}

/** Null when it is not here (never imported, or removed). */
export async function readSummary(summaryId: string): Promise<{ summary: ImportedSummary; school: ImportedSummary[] } | null> {
  const store = getSummaryStore();
  const summary = await store.getSummary(summaryId);
  if (!summary) return null;
  return { summary, school: await store.listSchool(summary.schoolKey) };
}

export function removeSchoolSummaries(schoolKey: string): Promise<number> {
  return getSummaryStore().removeSchool(schoolKey);
}

/** The roll-up of every toolkit version there are summaries of. */
export async function readRollups(): Promise<ToolkitRollup[]> {
  return rollUpAll(await listSummaries());
}

export async function readShowcase(): Promise<ShowcaseBooklet> {
  return buildShowcase(await listSummaries());
}

export interface MadeFile {
  file: Blob;
  fileName: string;
}

export function makeRollupCsv(rollup: ToolkitRollup): MadeFile {
  // The byte order mark makes Excel read the file as UTF-8.
  return { file: new Blob(['\uFEFF', buildRollupCsv(rollup)], { type: 'text/csv;charset=utf-8' }), fileName: rollupFileName(rollup, todayIsoDate(), 'csv') };
}

export async function makeRollupPdf(rollup: ToolkitRollup): Promise<MadeFile> {
  const { renderRollup } = await import('../pdf/render-rollup');
  return { file: await renderRollup(rollup), fileName: rollupFileName(rollup, todayIsoDate(), 'pdf') };
}

export async function makeShowcasePdf(booklet: ShowcaseBooklet): Promise<MadeFile> {
  const { renderShowcase } = await import('../pdf/render-showcase');
  return { file: await renderShowcase(booklet), fileName: `showcase-what-is-working-well-${todayIsoDate()}.pdf` };
}
