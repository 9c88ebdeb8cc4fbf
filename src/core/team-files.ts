/**
 * The two files a team self-evaluation sends between laptops. The lead sends
 * an invitation (the audit, the toolkit it was made with, and who is asked);
 * a colleague opens it on their own device, rates, and sends back a response
 * (their answers). Identity, types and builders live here, apart from the
 * zod parser (team-file-parse.ts), so that code which only writes these
 * files does not load the validator.
 */
import type { Audit, Rating } from './audit';
import { toFileNamePart } from './file-name-part';
import type { ReviewScope } from './review-scope';
import { respondentGroupsOf, type Respondent, type RespondentGroup, type TeamAnswer, type TeamMode } from './team';
import type { Toolkit } from './toolkit-schema';

export const INVITATION_FORMAT = 'reflect-invitation';
export const RESPONSE_FORMAT = 'reflect-response';
/** Bump on any change to what an invitation holds; the parser refuses versions it does not know. */
export const INVITATION_SCHEMA_VERSION = 1;
/** Bump on any change to what a response holds; the parser refuses versions it does not know. */
export const RESPONSE_SCHEMA_VERSION = 1;

/** A respondent as a file carries them: no timestamps or device details, which belong to the lead's records. */
export interface FileRespondent {
  id: string;
  name: string;
  groupId: string;
}

export interface Invitation {
  format: typeof INVITATION_FORMAT;
  schemaVersion: typeof INVITATION_SCHEMA_VERSION;
  appVersion: string;
  /** When the file was made, as an ISO date and time. */
  createdAt: string;
  audit: {
    id: string;
    school: string;
    title: string;
    date: string;
    toolkitId: string;
    toolkitVersion: string;
    scope?: ReviewScope;
    mode: TeamMode;
  };
  /** The whole definition the audit was made with, unscoped: the colleague's copy applies the scope as the lead's does. */
  toolkit: Toolkit;
  /** One person, or everyone who rates on their own device when the lead sends one invitation to all. */
  respondents: FileRespondent[];
  /** The groups those respondents are in. */
  groups: RespondentGroup[];
}

export interface ResponseAnswer {
  indicatorId: string;
  rating: Rating;
  note: string;
}

/** Named so as not to hide the fetch API's global `Response` where both are in use. */
export interface ResponseFile {
  format: typeof RESPONSE_FORMAT;
  schemaVersion: typeof RESPONSE_SCHEMA_VERSION;
  appVersion: string;
  createdAt: string;
  auditId: string;
  /** Said back so that a file imported into the wrong self-evaluation can be named. */
  school: string;
  title: string;
  toolkitId: string;
  toolkitVersion: string;
  respondent: FileRespondent;
  /** In toolkit order; statements with neither a rating nor a note are left out. */
  answers: ResponseAnswer[];
}

export interface InvitationSources {
  audit: Audit;
  toolkit: Toolkit;
  respondents: readonly Pick<Respondent, 'id' | 'name' | 'groupId'>[];
  appVersion: string;
  now: Date;
}

/** Throws only on a caller's mistake (a file the parser would refuse), never on what a user typed. */
export function buildInvitation({ audit, toolkit, respondents, appVersion, now }: InvitationSources): Invitation {
  if (toolkit.id !== audit.toolkitId || toolkit.version !== audit.toolkitVersion) {
    throw new Error(`The toolkit ${toolkit.id} ${toolkit.version} is not the one audit ${audit.id} was made with`);
  }
  if (respondents.length === 0) throw new Error('An invitation needs at least one respondent');
  const usedGroupIds = new Set(respondents.map((respondent) => respondent.groupId));
  // Only the groups these respondents are in go in the file.
  const usedGroups = respondentGroupsOf(toolkit).filter((group) => usedGroupIds.has(group.id));
  const missing = [...usedGroupIds].filter((groupId) => !usedGroups.some((group) => group.id === groupId));
  if (missing.length > 0) throw new Error(`No group is given for ${missing.join(', ')}`);
  return {
    format: INVITATION_FORMAT,
    schemaVersion: INVITATION_SCHEMA_VERSION,
    appVersion,
    createdAt: now.toISOString(),
    audit: {
      id: audit.id,
      school: audit.school,
      title: audit.title,
      date: audit.date,
      toolkitId: audit.toolkitId,
      toolkitVersion: audit.toolkitVersion,
      ...(audit.scope ? { scope: audit.scope } : {}),
      // An audit made before its team settings were saved is anonymous: names are shown only when a team chose so.
      mode: audit.team?.mode ?? 'anonymous',
    },
    toolkit,
    respondents: respondents.map(({ id, name, groupId }) => ({ id, name, groupId })),
    groups: usedGroups.map(({ id, title }) => ({ id, title })),
  };
}

export interface ResponseSources {
  /** The colleague's copy, opened from an invitation. */
  audit: Audit;
  /** The toolkit as the copy sees it: gives the order of the answers. */
  toolkit: Toolkit;
  answers: readonly Pick<TeamAnswer, 'indicatorId' | 'rating' | 'note'>[];
  appVersion: string;
  now: Date;
}

/** An answer worth carrying: a rating, or a note on a statement not yet rated. */
export const hasRatingOrNote = (answer: Pick<TeamAnswer, 'rating' | 'note'>) => answer.rating !== null || answer.note.trim() !== '';

export function buildResponse({ audit, toolkit, answers, appVersion, now }: ResponseSources): ResponseFile {
  const { invitation } = audit;
  if (!invitation) throw new Error(`Audit ${audit.id} is not a copy opened from an invitation, so it has no response to send`);
  const byIndicator = new Map(answers.filter(hasRatingOrNote).map((answer) => [answer.indicatorId, answer]));
  // Statements outside the toolkit were never shown to the colleague, and the lead's device would refuse the whole file for them.
  const inOrder = toolkit.domains.flatMap((domain) => domain.indicators.flatMap((indicator) => byIndicator.get(indicator.id) ?? []));
  return {
    format: RESPONSE_FORMAT,
    schemaVersion: RESPONSE_SCHEMA_VERSION,
    appVersion,
    createdAt: now.toISOString(),
    auditId: audit.id,
    school: audit.school,
    title: audit.title,
    toolkitId: audit.toolkitId,
    toolkitVersion: audit.toolkitVersion,
    respondent: { id: invitation.respondentId, name: invitation.respondentName, groupId: invitation.groupId },
    answers: inOrder.map(({ indicatorId, rating, note }) => ({ indicatorId, rating, note })),
  };
}

/** The text written to either file: indented, so that a person can read it. */
export function serializeTeamFile(file: Invitation | ResponseFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

type Named = Pick<Audit, 'school' | 'title'>;
const aboutPart = (audit: Named) => toFileNamePart(`${audit.school} ${audit.title}`).slice(0, 80) || 'reflect';
const personPart = (name: string) => toFileNamePart(name).slice(0, 60) || 'respondent';

/** `oak-primary-attendance-invitation-sam-jones.json`; `…-invitation-everyone.json` for one invitation sent to all. */
export function invitationFileName(audit: Named, respondentName: string | null): string {
  return `${aboutPart(audit)}-invitation-${respondentName === null ? 'everyone' : personPart(respondentName)}.json`;
}

/** `oak-primary-attendance-response-sam-jones.json` */
export function responseFileName(audit: Named, respondentName: string): string {
  return `${aboutPart(audit)}-response-${personPart(respondentName)}.json`;
}
