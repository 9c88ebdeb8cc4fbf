/** The records a school creates. Stored by src/storage; shaped here so core can reason about them. */
import type { ReviewScope } from './review-scope';
import type { TeamMode } from './team';

export const NOT_APPLICABLE = 'n/a';

/** A rating: a level value on the toolkit's scale, "not applicable", or not answered yet (null). */
export type Rating = number | typeof NOT_APPLICABLE | null;

export type AuditStatus = 'in-progress' | 'complete';

export interface Audit {
  id: string;
  toolkitId: string;
  toolkitVersion: string;
  school: string;
  title: string;
  /** The date the self-evaluation took place, yyyy-mm-dd. */
  date: string;
  participants: string;
  status: AuditStatus;
  /** A quick review rates core statements only; audits made before quick reviews existed have none and are full. */
  scope?: ReviewScope;
  /** The earlier audit this one was started from, for comparison; null for a fresh start. */
  basedOnAuditId: string | null;
  /** Domains the team chose as priorities (2–3); they lead the development plan. */
  priorityDomainIds: string[];
  /**
   * Set once the lead asks others to rate (see team.ts): whether the team
   * sees each person's ratings by name, and the lead's own group, since the
   * lead's ratings (this audit's answers) count as one respondent's.
   */
  team?: { mode: TeamMode; leadGroupId: string };
  /**
   * Set on a colleague's device when they opened an invitation: this audit is
   * their own copy of the lead's (same id), and its answers are their response.
   */
  invitation?: { respondentId: string; respondentName: string; groupId: string; groupTitle: string; mode: TeamMode };
  createdAt: number;
  updatedAt: number;
  /**
   * When the audit was deleted, or null while it is in use. A deleted audit and
   * everything it owns stay stored, restorable, until it is purged (see deleted-audits.ts).
   */
  deletedAt: number | null;
}

/** What the team wrote about one domain: appreciative inquiry starts from strengths. */
export interface Reflection {
  auditId: string;
  domainId: string;
  workingWell: string;
  evenBetterIf: string;
  updatedAt: number;
}

export type ActionStatus = 'not-started' | 'on-track' | 'at-risk' | 'done';

/** One line of the development plan. */
export interface PlanAction {
  id: string;
  auditId: string;
  /** Optional links to what the action addresses. */
  domainId: string | null;
  indicatorId: string | null;
  action: string;
  successMeasure: string;
  lead: string;
  /** A date (yyyy-mm-dd) or a term such as "Spring 2027". */
  targetDate: string;
  status: ActionStatus;
  progressNote: string;
  /** Position in the plan; lower comes first. */
  order: number;
  /** For an action carried forward from an earlier self-evaluation's plan, the action it continues; absent otherwise. */
  carriedFrom?: { auditId: string; actionId: string };
  createdAt: number;
  updatedAt: number;
}

export interface Answer {
  auditId: string;
  indicatorId: string;
  rating: Rating;
  note: string;
  updatedAt: number;
}

export type AnswersByIndicator = Readonly<Record<string, Pick<Answer, 'rating' | 'note'> | undefined>>;
