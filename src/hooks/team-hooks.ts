/** React bindings for the team page. Live: they update when another tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { readTeamPage, type TeamPageData } from '../operations/team';

/** `null` once loaded and not found; `undefined` while loading. */
export function useTeamPage(auditId: string): TeamPageData | null | undefined {
  return useLiveQuery(() => readTeamPage(auditId), [auditId]);
}
