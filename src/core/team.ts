/**
 * The records a team self-evaluation adds to an audit: who is asked
 * (respondents), what each of them answered (responses), the level the team
 * agreed for a statement, and the anonymous answer sets a kiosk collects.
 * Every record has a stable id of its own or a key made of stable ids, so
 * that bringing in a colleague's answers is a union and a later sync could
 * replicate them; a respondent who is removed leaves a tombstone.
 */
import type { Rating } from './audit';

/** How a respondent takes part: on their own laptop (invitation and response files), or in turn on the lead's. */
export type TakesPart = 'own-device' | 'this-device';

/**
 * Anonymous: group views never say who gave which rating. Open: the team
 * chose, when inviting, to see each person's ratings by name.
 */
export type TeamMode = 'anonymous' | 'open';

export interface RespondentGroup {
  id: string;
  title: string;
}

/** The groups offered when a toolkit names none of its own. */
export const DEFAULT_GROUPS: readonly RespondentGroup[] = [
  { id: 'senior-leaders', title: 'Senior leaders' },
  { id: 'teaching-staff', title: 'Teaching staff' },
  { id: 'support-staff', title: 'Support and office staff' },
  { id: 'governors', title: 'Governors' },
];

/** The groups a team self-evaluation offers: the toolkit's own, or the usual staff groups. */
export function respondentGroupsOf(toolkit: { respondentGroups?: readonly RespondentGroup[] | undefined }): readonly RespondentGroup[] {
  return toolkit.respondentGroups ?? DEFAULT_GROUPS;
}

export interface Respondent {
  auditId: string;
  /** A random UUID, the same on every device that knows this person's part in the audit. */
  id: string;
  /** A name or a role, as the lead wrote it. */
  name: string;
  groupId: string;
  takesPart: TakesPart;
  createdAt: number;
  updatedAt: number;
  /** When the lead removed them, or null: their answers stop counting but are kept, so that a removal can be undone. */
  removedAt: number | null;
  /** For this-device respondents: whether the lead has revealed their ratings to the room. */
  revealed: boolean;
  /**
   * For this-device respondents: when they said they had finished, or null. From then on their
   * rating pages no longer show their ratings (the next person uses the same screen) and they
   * cannot be changed, until the lead lets them change them.
   */
  finishedAt: number | null;
}

/** One respondent's answer to one statement. */
export interface TeamAnswer {
  auditId: string;
  respondentId: string;
  indicatorId: string;
  rating: Rating;
  note: string;
  updatedAt: number;
}

/** The level the team agreed for a statement, with its one-line reason. A null rating means "not agreed yet". */
export interface AgreedRating {
  auditId: string;
  indicatorId: string;
  rating: Rating;
  reason: string;
  updatedAt: number;
}

/** One person's answers to a voice questionnaire at the kiosk: no name, nothing that identifies them. */
export interface VoiceAnswerSet {
  auditId: string;
  id: string;
  questionnaireId: string;
  /** Statement id → the index of the answer chosen on AGREE_SCALE (questionnaires.ts); statements skipped are absent. */
  answers: Record<string, number>;
  createdAt: number;
  updatedAt: number;
}
