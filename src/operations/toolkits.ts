/**
 * The one toolkit catalogue: the toolkits shipped with the app and those kept
 * on this device (the versions audits were made with, and any restored from
 * a backup). Each shipped file is its own chunk, precached for offline use,
 * and checked with the same parser as a toolkit that comes in from outside. A
 * shipped file that fails the checks is reported by name; the others still load.
 */
import type { Audit } from '../core/audit';
import { formatProblem, parseToolkit } from '../core/parse-toolkit';
import type { ToolkitFileProblem } from '../core/toolkit-catalogue';
import type { Toolkit } from '../core/toolkit-schema';
import { guard } from '../storage/storage-error';
import { getStore } from '../storage/store';
import { listKeptToolkits as readKeptToolkits } from '../storage/toolkit-rows';

const files = import.meta.glob<unknown>(['../../toolkits/*.json', '!../../toolkits/toolkit.schema.json'], {
  import: 'default',
});


export interface ShippedToolkits {
  /** Sorted by title. */
  toolkits: Toolkit[];
  problems: ToolkitFileProblem[];
}

let loading: Promise<ShippedToolkits> | undefined;

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
  loading ??= loadShipped(files);
  return loading;
}

/** The definition an audit was made with, as kept on this device and as its scope sees it; null if it is missing. */
export async function readAuditToolkit(audit: Pick<Audit, 'toolkitId' | 'toolkitVersion' | 'scope'>): Promise<Toolkit | null> {
  return (await getStore().getToolkit(audit.toolkitId, audit.toolkitVersion, audit.scope)) ?? null;
}

/** Every definition kept on this device (audits were made with it, or a backup brought it). */
export function listKeptToolkits(): Promise<Toolkit[]> {
  return guard(() => readKeptToolkits(getStore().db));
}
