/** The council's summaries share the app's one database connection, so live queries see every import. */
import { getStore } from './store';
import { SummaryStore } from './summary-store';

let summaries: SummaryStore | undefined;

export function getSummaryStore(): SummaryStore {
  summaries ??= new SummaryStore(getStore().db);
  return summaries;
}
