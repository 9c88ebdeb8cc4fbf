/**
 * Where an audit's ratings come from. One person's audit is rated on its own
 * pages; once the lead asks others (the audit has `team`), the ratings are
 * the team's, combined by `combineResponses`: the level agreed, or the median
 * until then. The lead's own ratings (the audit's answers) count as one
 * respondent's, in the group the lead chose. Every view, the plan and the
 * exports read ratings through here, so none can score differently.
 */
import type { AnswersByIndicator, Audit, Rating } from './audit';
import { combineResponses, type CombinedResponses, type TeamRespondent, type TeamResponse } from './combine-responses';
import { respondentGroupsOf, type AgreedRating, type Respondent, type RespondentGroup, type TeamAnswer, type TeamMode } from './team';
import type { Toolkit } from './toolkit-schema';

/** The lead's place among the respondents; never a UUID, so it cannot clash with a colleague's. */
export const LEAD_RESPONDENT_ID = 'lead';

export interface TeamRecords {
  respondents: readonly Respondent[];
  responses: readonly TeamAnswer[];
  agreedRatings: readonly AgreedRating[];
}

export const NO_TEAM: TeamRecords = { respondents: [], responses: [], agreedRatings: [] };

/** One evidence note a respondent wrote, with their name only in open mode. */
export interface TeamNote {
  note: string;
  groupId: string;
  /** Null in anonymous mode, so that no view can say who wrote it. */
  name: string | null;
}

/** One person's rating of one statement, with their name: only ever made in open mode. */
export interface NamedRating {
  name: string;
  groupId: string;
  rating: Rating;
}

export interface TeamView {
  mode: TeamMode;
  combined: CombinedResponses;
  /** Everyone asked who still counts (not removed), the lead first when the lead has rated. */
  respondents: ReadonlyArray<{ id: string; name: string; groupId: string; hasAnswered: boolean }>;
  groups: readonly RespondentGroup[];
  /** Each statement's evidence notes from the team, in the order respondents were added. */
  notes: Readonly<Record<string, TeamNote[]>>;
  /**
   * Open mode only: each statement's ratings with who gave them, everyone
   * counted in the order of `respondents`. Null in anonymous mode, so that no
   * view can say who gave which rating.
   */
  namedRatings: Readonly<Record<string, NamedRating[]>> | null;
  /** This-device respondents whose ratings wait for the lead to reveal them; they do not count until then. */
  hiddenRespondents: number;
  /**
   * Each statement's agreement as stored, a reason typed before any level is
   * chosen included: what a form editing it starts from (`combined` keeps only levels agreed).
   */
  agreements: Readonly<Record<string, Pick<AgreedRating, 'rating' | 'reason'>>>;
}

export interface AuditRatings {
  answers: AnswersByIndicator;
  team: TeamView | null;
}

export function groupTitle(groups: readonly RespondentGroup[], groupId: string): string {
  return groups.find((group) => group.id === groupId)?.title ?? groupId;
}

/** Whether a respondent's answers count now: still on the list, and revealed if they rated on the lead's device. */
function counts(respondent: Respondent): boolean {
  return respondent.removedAt === null && (respondent.takesPart === 'own-device' || respondent.revealed);
}

function hasRated(answers: AnswersByIndicator): boolean {
  return Object.values(answers).some((answer) => answer && answer.rating !== null);
}

export function auditRatings(toolkit: Toolkit, audit: Pick<Audit, 'team' | 'participants'>, answers: AnswersByIndicator, records: TeamRecords): AuditRatings {
  if (!audit.team) return { answers, team: null };
  const { mode, leadGroupId } = audit.team;
  const leadHasRated = hasRated(answers);
  const counted = records.respondents.filter(counts);
  const byRespondent = new Map<string, Record<string, { rating: TeamAnswer['rating']; note: string }>>();
  for (const row of records.responses) {
    const own = byRespondent.get(row.respondentId) ?? {};
    own[row.indicatorId] = { rating: row.rating, note: row.note };
    byRespondent.set(row.respondentId, own);
  }
  const lead = { id: LEAD_RESPONDENT_ID, name: audit.participants.trim() || 'The lead', groupId: leadGroupId, answers };
  const people = [
    ...(leadHasRated ? [lead] : []),
    ...counted.map((respondent) => ({ id: respondent.id, name: respondent.name, groupId: respondent.groupId, answers: byRespondent.get(respondent.id) ?? {} })),
  ];
  const teamRespondents: TeamRespondent[] = people.map(({ id, groupId }) => ({ id, groupId }));
  // Only those who have rated something have a response: combineResponses decides whether a group is shown by who answered,
  // and three asked with one answer would otherwise show that one person's scores as the group's.
  const responses: TeamResponse[] = people.filter(({ answers: given }) => hasRated(given)).map(({ id, answers: given }) => ({ respondentId: id, answers: given }));
  const agreed = records.agreedRatings.flatMap((row) => (row.rating === null ? [] : [{ indicatorId: row.indicatorId, rating: row.rating, reason: row.reason }]));
  const combined = combineResponses(toolkit, teamRespondents, responses, agreed);
  const notes: Record<string, TeamNote[]> = {};
  for (const person of people) {
    for (const [indicatorId, answer] of Object.entries(person.answers)) {
      if (!answer?.note.trim()) continue;
      (notes[indicatorId] ??= []).push({ note: answer.note, groupId: person.groupId, name: mode === 'open' ? person.name : null });
    }
  }
  return {
    answers: combined.answers,
    team: {
      mode,
      combined,
      respondents: people.map(({ id, name, groupId, answers: given }) => ({ id, name, groupId, hasAnswered: hasRated(given) })),
      groups: respondentGroupsOf(toolkit),
      notes,
      namedRatings:
        mode === 'open'
          ? Object.fromEntries(
              toolkit.domains.flatMap((domain) =>
                domain.indicators.map((indicator) => [
                  indicator.id,
                  people.map(({ name, groupId, answers: given }) => ({ name, groupId, rating: given[indicator.id]?.rating ?? null })),
                ]),
              ),
            )
          : null,
      hiddenRespondents: records.respondents.filter((respondent) => respondent.removedAt === null && !counts(respondent)).length,
      agreements: Object.fromEntries(records.agreedRatings.map((row) => [row.indicatorId, { rating: row.rating, reason: row.reason }])),
    },
  };
}
