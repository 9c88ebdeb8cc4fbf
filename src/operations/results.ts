/** Named operations behind the results page and meeting mode. */
import { loadResults, NO_COMPARISON, type ResultsData } from '../storage/results-queries';
import { getStore } from '../storage/store';

export { NO_COMPARISON, type ResultsData };

/** `compare`: an audit id, NO_COMPARISON, or undefined for the default. Null when the audit or its toolkit is missing. */
export function readResults(auditId: string, compare: string | undefined): Promise<ResultsData | null> {
  return loadResults(getStore().db, auditId, compare);
}
