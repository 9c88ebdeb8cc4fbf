/**
 * The one toolkit catalogue: the toolkits shipped with the app and those kept
 * on this device (the versions audits were made with, and any restored from
 * a backup). Each shipped file is its own chunk, precached for offline use,
 * and checked with the same parser as a toolkit that comes in from outside. A
 * shipped file that fails the checks is reported by name; the others still load.
 */
import type { Audit } from '../core/audit';
import { formatProblem, parseToolkit, type ParseResult } from '../core/parse-toolkit';
import type { ToolkitFileProblem } from '../core/toolkit-catalogue';
import { checkToolkitFileSize, parseToolkitJson } from '../core/toolkit-file';
import type { Toolkit } from '../core/toolkit-schema';
import { guard } from '../storage/storage-error';
import { getStore } from '../storage/store';
import { keepToolkit, listKeptToolkitRows as readKeptRows, listKeptToolkits as readKeptToolkits, removeToolkit, type KeptToolkitRow } from '../storage/toolkit-rows';

export type { KeptToolkitRow };

const files = import.meta.glob<unknown>(['../../toolkits/*.json', '!../../toolkits/toolkit.schema.json'], {
  import: 'default',
});


export interface ShippedToolkits {
  /** Sorted by title. */
  toolkits: Toolkit[];
  problems: ToolkitFileProblem[];
}

let loading: Promise<ShippedToolkits> | undefined;
let loaded: ShippedToolkits | undefined;

type ToolkitFiles = Record<string, () => Promise<unknown>>;

/** Exported for tests, which hand it files of their own. */
export async function loadShipped(toolkitFiles: ToolkitFiles): Promise<ShippedToolkits> {
  const results = await Promise.all(
    Object.entries(toolkitFiles).map(async ([path, load]) => {
      const file = path.split('/').pop() ?? path;
      try {
        const parsed = parseToolkit(await load());
        return parsed.ok ? { toolkit: parsed.value } : { problem: { file, problems: parsed.problems.map(formatProblem) } };
      } catch (error) {
        // A chunk that cannot be fetched (offline before it was cached) is a problem with that file only.
        return { problem: { file, problems: [error instanceof Error ? error.message : String(error)] } };
      }
    }),
  );
  return {
    toolkits: results.flatMap((result) => (result.toolkit ? [result.toolkit] : [])).sort((a, b) => a.title.localeCompare(b.title)),
    problems: results.flatMap((result) => (result.problem ? [result.problem] : [])),
  };
}

/** The toolkits this app ships, loaded once per page. */
export function listShippedToolkits(): Promise<ShippedToolkits> {
  loading ??= loadShipped(files).then((value) => (loaded = value));
  return loading;
}

/** The same, if this page has already loaded them: a screen can then draw them at once. */
export function shippedToolkitsIfLoaded(): ShippedToolkits | undefined {
  return loaded;
}

/** The definition an audit was made with, as kept on this device and as its scope sees it; null if it is missing. */
export async function readAuditToolkit(audit: Pick<Audit, 'toolkitId' | 'toolkitVersion' | 'scope'>): Promise<Toolkit | null> {
  return (await getStore().getToolkit(audit.toolkitId, audit.toolkitVersion, audit.scope)) ?? null;
}

/** Every definition kept on this device (audits were made with it, or a backup brought it). */
export function listKeptToolkits(): Promise<Toolkit[]> {
  return guard(() => readKeptToolkits(getStore().db));
}

/** Each kept definition with how it came here and how many self-evaluations use it. */
export function listKeptToolkitRows(): Promise<KeptToolkitRow[]> {
  const { db } = getStore();
  return guard(() => db.transaction('r', db.toolkits, db.audits, () => readKeptRows(db)));
}

/** Installs a checked toolkit; the same content again changes nothing, other content under the same id and version is refused. */
export function installToolkit(toolkit: Toolkit, fileName: string): Promise<'kept' | 'already-here'> {
  const { db } = getStore();
  return guard(() => db.transaction('rw', db.toolkits, () => keepToolkit(db, toolkit, Date.now(), { kind: 'installed', fileName })));
}

/** Removes a kept definition; refused while any self-evaluation, a recently deleted one included, uses it. */
export function removeKeptToolkit(toolkitId: string, version: string): Promise<void> {
  const { db } = getStore();
  return guard(() => db.transaction('rw', db.toolkits, db.audits, () => removeToolkit(db, toolkitId, version)));
}

/** A workbook is a zip: its first bytes say so, whatever the file is called. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/**
 * Reads a toolkit file to install: the toolkit JSON format, or a workbook in
 * Reflect's template. Both are checked by the same parser and editorial rules
 * as the shipped toolkits; every problem is listed, with its JSON path or its
 * sheet, row and column. The workbook code loads only when a workbook comes in.
 */
export async function readToolkitFile(file: Blob): Promise<ParseResult<Toolkit>> {
  const tooLarge = checkToolkitFileSize(file.size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (!isZip(bytes)) return parseToolkitJson(new TextDecoder().decode(bytes));
  const [{ readWorkbook }, { workbookToToolkit }] = await Promise.all([import('../xlsx'), import('../core/workbook-to-toolkit')]);
  const read = await readWorkbook(bytes);
  if (!read.ok) return { ok: false, problems: [{ path: '', message: read.message }] };
  return workbookToToolkit(read.data);
}

export const TEMPLATE_FILE_NAME = 'reflect-toolkit-template.xlsx';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The toolkit template, or a toolkit written into it, as an .xlsx file. */
export async function makeToolkitWorkbook(toolkit: Toolkit | null): Promise<{ blob: Blob; fileName: string }> {
  const [{ writeWorkbook }, { toolkitToWorkbook }, { templateWorkbook }] = await Promise.all([
    import('../xlsx'),
    import('../core/toolkit-to-workbook'),
    import('../core/toolkit-workbook-template'),
  ]);
  const bytes = await writeWorkbook(toolkit ? toolkitToWorkbook(toolkit) : templateWorkbook());
  return { blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX_TYPE }), fileName: toolkit ? `${toolkit.id}-${toolkit.version}.xlsx` : TEMPLATE_FILE_NAME };
}

/** A toolkit as the JSON the shipped ones are written in. */
export function makeToolkitJson(toolkit: Toolkit): { blob: Blob; fileName: string } {
  return { blob: new Blob([`${JSON.stringify(toolkit, null, 2)}\n`], { type: 'application/json' }), fileName: `${toolkit.id}-${toolkit.version}.json` };
}
