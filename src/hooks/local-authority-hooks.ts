/** React bindings for the local-authority view. Live: an import or a removal in another tab shows here too. */
import { useLiveQuery } from 'dexie-react-hooks';
import { listSummaries, readRollups, readShowcase, readSummary, type ImportedSummary, type ShowcaseBooklet, type ToolkitRollup } from '../operations/local-authority';

/** `undefined` while loading. */
export function useSummaries(): ImportedSummary[] | undefined {
  return useLiveQuery(() => listSummaries(), []);
}

export function useRollups(): ToolkitRollup[] | undefined {
  return useLiveQuery(() => readRollups(), []);
}

export function useShowcase(): ShowcaseBooklet | undefined {
  return useLiveQuery(() => readShowcase(), []);
}

/** `null` once loaded and not found; `undefined` while loading. */
export function useSchoolSummary(summaryId: string): Awaited<ReturnType<typeof readSummary>> | undefined {
  return useLiveQuery(() => readSummary(summaryId), [summaryId]);
}
