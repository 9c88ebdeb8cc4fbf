/**
 * Ratings given in turn on the lead's device go through the one save path as
 * `response` edits. An edit names its record with one string, so a response
 * is named by its respondent and statement together; and whether a person's
 * ratings may be edited here at all is decided once, below, for the save
 * path, the journal's replay and the pages alike.
 */
import type { Respondent } from './team';

/**
 * Statement ids are kebab-case (the toolkit schema's id rule), so they never
 * hold a '/'; respondent ids are UUIDs made on the lead's device, but one
 * restored from a backup may be any text. So the name is split at its last
 * '/', which is always the one put there here.
 */
export function responseRecordId(respondentId: string, indicatorId: string): string {
  return `${respondentId}/${indicatorId}`;
}

export function readResponseRecordId(recordId: string): { respondentId: string; indicatorId: string } | null {
  const slash = recordId.lastIndexOf('/');
  if (slash <= 0 || slash === recordId.length - 1) return null;
  return { respondentId: recordId.slice(0, slash), indicatorId: recordId.slice(slash + 1) };
}

export type ResponseEditRefusal = { reason: 'not-found' | 'invalid'; message: string };

/**
 * Why this person's ratings cannot be changed on this device, or null when
 * they can: they rate here, are still on the list and have not finished
 * (once finished, their ratings stay as they left them until the lead lets
 * them change them). A colleague who rates on their own laptop changes their
 * ratings there and sends a response file.
 */
export function refuseResponseEdit(respondent: Respondent | undefined): ResponseEditRefusal | null {
  if (!respondent) return { reason: 'not-found', message: 'That person could not be found. They may have been removed in another tab.' };
  if (respondent.removedAt !== null) {
    return { reason: 'not-found', message: `${respondent.name} was removed from this self-evaluation, so their ratings cannot be changed.` };
  }
  if (respondent.takesPart !== 'this-device') {
    return { reason: 'invalid', message: `${respondent.name} rates on their own laptop, so their ratings come from their response file and cannot be changed here.` };
  }
  if (respondent.finishedAt !== null) {
    return { reason: 'invalid', message: `${respondent.name} has finished rating. Their ratings can be changed once the lead lets them.` };
  }
  return null;
}
