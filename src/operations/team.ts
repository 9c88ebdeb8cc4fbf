/**
 * Named operations for team self-evaluation: who is asked, the invitation
 * and response files that carry the audit to colleagues' laptops and their
 * answers back, and people rating in turn on this device: their own ratings,
 * finishing, and revealing them.
 */
import { APP_VERSION } from '../core/app-version';
import type { Respondent } from '../core/team';
import { buildInvitation, buildResponse, invitationFileName, responseFileName, serializeTeamFile, type Invitation } from '../core/team-files';
import { checkInvitationSize, checkResponseSize, parseInvitation, parseResponse, type TeamFileParseResult } from '../core/team-file-parse';
import { loadRespondentRatings, loadTeamPage, type RespondentRatingData, type TeamPageData } from '../storage/team-queries';
import { getTeamStore } from '../storage/team-stores';
import type { ImportedResponse, NewRespondent, OpenedInvitation, TeamSettings } from '../storage/team-store';
import { getStore } from '../storage/store';
import { readSaveStatus, saveEditsNow } from './answers';

export type { ImportedResponse, NewRespondent, OpenedInvitation, RespondentRatingData, TeamPageData, TeamSettings };

export function readTeamPage(auditId: string): Promise<TeamPageData | null> {
  return loadTeamPage(getStore().db, auditId);
}

export function saveTeamSettings(auditId: string, settings: TeamSettings) {
  return getTeamStore().setTeam(auditId, settings);
}

export function addRespondent(auditId: string, person: NewRespondent): Promise<Respondent> {
  return getTeamStore().addRespondent(auditId, person);
}

export function removeRespondent(auditId: string, respondentId: string): Promise<void> {
  return getTeamStore().removeRespondent(auditId, respondentId);
}

export function undoRemoveRespondent(auditId: string, respondentId: string): Promise<void> {
  return getTeamStore().restoreRespondent(auditId, respondentId);
}

/** One person's own ratings on this device (none once they have finished). */
export function readRespondentRatings(auditId: string, respondentId: string): Promise<RespondentRatingData | null> {
  return loadRespondentRatings(getStore().db, auditId, respondentId);
}

/**
 * Their last changes are written first: once finished, nothing more of
 * theirs is saved, so a change still waiting would be lost. If one cannot be
 * written, they have not finished and the page says why.
 */
export async function finishRating(auditId: string, respondentId: string): Promise<Respondent> {
  await saveEditsNow();
  const status = readSaveStatus({ auditId, kind: 'response' });
  if (status.state === 'failed') throw new Error(`Your ratings are not all saved yet, so you have not finished. ${status.message}`);
  return getTeamStore().finishRating(auditId, respondentId);
}

/** The lead lets someone who finished on this device change their ratings. */
export function reopenRating(auditId: string, respondentId: string): Promise<Respondent> {
  return getTeamStore().reopenRating(auditId, respondentId);
}

export function revealRatings(auditId: string): Promise<number> {
  return getTeamStore().revealRatings(auditId);
}

export interface TeamFile {
  text: string;
  fileName: string;
}

/** One person's invitation, or (respondentId null) one for everyone who rates on their own laptop. */
export async function makeInvitation(auditId: string, respondentId: string | null): Promise<TeamFile> {
  const { audit, definition, respondents } = await getTeamStore().invitationRecords(auditId);
  const invited = respondents.filter((respondent) => respondent.takesPart === 'own-device' && (respondentId === null || respondent.id === respondentId));
  const invitation = buildInvitation({ audit, toolkit: definition, respondents: invited, appVersion: APP_VERSION, now: new Date() });
  return { text: serializeTeamFile(invitation), fileName: invitationFileName(audit, respondentId === null ? null : (invited[0]?.name ?? null)) };
}

export async function readInvitationFile(file: Blob): Promise<TeamFileParseResult<Invitation>> {
  const tooLarge = checkInvitationSize(file.size);
  if (tooLarge) return { ok: false, error: tooLarge };
  return parseInvitation(await file.text(), APP_VERSION);
}

export function openInvitation(invitation: Invitation, respondentId: string): Promise<OpenedInvitation> {
  return getTeamStore().openInvitation(invitation, respondentId);
}

/** A colleague's answers, as the file they send back to the lead. */
export async function makeResponse(auditId: string): Promise<TeamFile> {
  const records = await getTeamStore().responseRecords(auditId);
  const response = buildResponse({ ...records, appVersion: APP_VERSION, now: new Date() });
  return { text: serializeTeamFile(response), fileName: responseFileName(records.audit, response.respondent.name) };
}

export interface ImportedFile {
  fileName: string;
  result: ImportedResponse;
}

/** Each file on its own: one that cannot be read, or is refused, changes nothing and does not stop the others. */
export async function importResponseFiles(auditId: string, files: readonly File[]): Promise<ImportedFile[]> {
  const read = await Promise.all(
    files.map(async (file) => {
      const tooLarge = checkResponseSize(file.size);
      return { file, parsed: tooLarge ? { ok: false as const, error: tooLarge } : parseResponse(await file.text(), APP_VERSION) };
    }),
  );
  const readable = read.flatMap(({ parsed }) => (parsed.ok ? [parsed.value] : []));
  const imported = readable.length > 0 ? await getTeamStore().importResponses(auditId, readable) : [];
  let next = 0;
  return read.map(({ file, parsed }) => ({
    fileName: file.name,
    result: parsed.ok
      ? imported[next++]!
      : { ok: false, message: parsed.error.message, problems: parsed.error.problems.slice(0, 10).map((problem) => `${problem.path}: ${problem.message}`) },
  }));
}
