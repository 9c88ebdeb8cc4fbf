/** Named operations behind the results page and meeting mode. */
import { getPriorityStore } from '../storage/priority-store';
import { loadResults, NO_COMPARISON, type ResultsData } from '../storage/results-queries';
import { getStore } from '../storage/store';

export { NO_COMPARISON, type ResultsData };
export { PriorityChoiceError } from '../storage/priority-store';

/** `compare`: an audit id, NO_COMPARISON, or undefined for the default. Null when the audit or its toolkit is missing. */
export function readResults(auditId: string, compare: string | undefined): Promise<ResultsData | null> {
  return loadResults(getStore().db, auditId, compare);
}

/** Checks the choice against the audit's toolkit and saves it; resolves to the ids in toolkit order. */
export function choosePriorityDomains(auditId: string, domainIds: readonly string[]): Promise<string[]> {
  return getPriorityStore().setPriorityDomains(auditId, domainIds);
}
