/** React bindings for the results page and meeting mode. Live: they update when another tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { readResults, type ResultsData } from '../operations/results';

/** `null` once loaded and not found; `undefined` while loading. */
export function useResultsData(auditId: string, compare: string | undefined): ResultsData | null | undefined {
  return useLiveQuery(() => readResults(auditId, compare), [auditId, compare]);
}
