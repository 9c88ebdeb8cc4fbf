/** React bindings for the team pages. Live: they update when another tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { readRespondentRatings, readTeamPage, type RespondentRatingData, type TeamPageData } from '../operations/team';

/** `null` once loaded and not found; `undefined` while loading. */
export function useTeamPage(auditId: string): TeamPageData | null | undefined {
  return useLiveQuery(() => readTeamPage(auditId), [auditId]);
}

/** One person's ratings on this device: `null` once loaded and not found; `undefined` while loading. */
export function useRespondentRatings(auditId: string, respondentId: string): RespondentRatingData | null | undefined {
  return useLiveQuery(() => readRespondentRatings(auditId, respondentId), [auditId, respondentId]);
}
