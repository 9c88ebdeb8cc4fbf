/**
 * Carrying unfinished actions into the next self-evaluation's plan. A plan
 * belongs to its review, so the next review never copies it whole: the
 * person starting it is offered the actions that are not done and chooses,
 * action by action, which go into the new plan. Each carried action is a new
 * action of the new audit that says where it came from (`carriedFrom`); the
 * earlier plan and its reviews stay as they were.
 */
import { currentStatus, latestReview, type ActionReview } from './action-reviews';
import type { ActionStatus, PlanAction } from './audit';
import { ACTION_STATUS_LABELS } from './plan-actions';
import { WHOLE_SCHOOL_TITLE, domainOfAction, isPriorityAction } from './plan-groups';
import { sortPlan } from './plan-order';
import type { Toolkit } from './toolkit-schema';

/** An unfinished action as the start of the next review offers it. */
export interface CarryOffer {
  actionId: string;
  action: string;
  /** The section's title in the earlier self-evaluation, or "Whole-school actions". */
  section: string;
  status: ActionStatus;
  statusLabel: string;
  /** What its latest review said; empty before its first review or when nothing was written. */
  latestNote: string;
}

/** Whether an action still has work to do: its current status (its latest review's, else its own) is not done. */
export function isUnfinished(action: Pick<PlanAction, 'id' | 'status'>, reviews: readonly ActionReview[]): boolean {
  return currentStatus(action, reviews) !== 'done';
}

/** The earlier plan's unfinished actions, in that plan's order, as the person choosing will recognise them. */
export function offerUnfinishedActions(toolkit: Toolkit, actions: readonly PlanAction[], reviews: readonly ActionReview[]): CarryOffer[] {
  return sortPlan(actions)
    .filter((action) => isUnfinished(action, reviews))
    .map((action) => {
      const status = currentStatus(action, reviews);
      const domainId = domainOfAction(toolkit, action);
      return {
        actionId: action.id,
        action: action.action.trim(),
        section: toolkit.domains.find((domain) => domain.id === domainId)?.title ?? WHOLE_SCHOOL_TITLE,
        status,
        statusLabel: ACTION_STATUS_LABELS[status],
        latestNote: latestReview(reviews, action.id)?.note.trim() ?? '',
      };
    });
}

export interface CarryForwardInput {
  /** The earlier audit's id, and its plan with the reviews that say each action's status. */
  sourceAuditId: string;
  actions: readonly PlanAction[];
  reviews: readonly ActionReview[];
  /** The actions the person ticked. One that is done by now, or no longer in the plan, is not carried. */
  chosenIds: readonly string[];
  /** The new audit: its id, its toolkit (possibly a newer version) and its priority sections. */
  auditId: string;
  toolkit: Toolkit;
  priorityDomainIds: readonly string[];
  time: number;
  newId: () => string;
}

/**
 * The new plan's copies of the chosen unfinished actions. Each keeps what the
 * action is (section and statement, action, success measure, lead) and where
 * it stands (its current status), and starts its progress afresh: no progress
 * note, and no target date. The target date is cleared because it was set for
 * the earlier plan's year: by the next review it has usually passed, and
 * keeping it would show every carried action as overdue on the new plan's
 * first day instead of asking the team to agree when it will now be done.
 * The earlier plan still shows the date it had, a link away.
 *
 * They come in the earlier plan's order, priority sections of the new audit
 * first (the new plan's own rule for where actions go), numbered from 0.
 */
export function carryForwardActions(input: CarryForwardInput): PlanAction[] {
  const { toolkit, reviews, time } = input;
  const chosen = new Set(input.chosenIds);
  const carried = sortPlan(input.actions)
    .filter((action) => chosen.has(action.id) && isUnfinished(action, reviews))
    .map((action): PlanAction => {
      const links = linksInToolkit(toolkit, action);
      return {
        id: input.newId(),
        auditId: input.auditId,
        ...links,
        action: action.action,
        successMeasure: action.successMeasure,
        lead: action.lead,
        targetDate: '',
        status: currentStatus(action, reviews),
        progressNote: '',
        order: 0,
        carriedFrom: { auditId: input.sourceAuditId, actionId: action.id },
        createdAt: time,
        updatedAt: time,
      };
    });
  const isPriority = (action: PlanAction) => isPriorityAction(toolkit, input.priorityDomainIds, action);
  return [...carried.filter(isPriority), ...carried.filter((action) => !isPriority(action))].map((action, order) => ({ ...action, order }));
}

/**
 * The action's section and statement in the new toolkit version: a statement
 * the new edition merged goes to the statement that `replaces` it (as its
 * answers do), one it dropped is let go; a section it dropped gives way to
 * the statement's section, else the action is for the whole school.
 */
function linksInToolkit(toolkit: Toolkit, action: Pick<PlanAction, 'domainId' | 'indicatorId'>): Pick<PlanAction, 'domainId' | 'indicatorId'> {
  const indicators = toolkit.domains.flatMap((domain) => domain.indicators);
  const indicatorId =
    action.indicatorId === null
      ? null
      : (indicators.find((indicator) => indicator.id === action.indicatorId) ?? indicators.find((indicator) => indicator.replaces?.includes(action.indicatorId!)))?.id ?? null;
  const domainId = toolkit.domains.some((domain) => domain.id === action.domainId) ? action.domainId : domainOfAction(toolkit, { domainId: null, indicatorId });
  return { domainId, indicatorId };
}

/** Where a carried action came from, as the plan page, the printable page, the PDF and the Word document say it. */
export interface CarriedFromLine {
  /** "Carried forward from Autumn 2026 review", or "…from an earlier self-evaluation" once that one is deleted. */
  text: string;
  /** The earlier self-evaluation, to link to its plan; null once it is deleted. */
  auditId: string | null;
  /** Its title; null once it is deleted. */
  title: string | null;
}

export const CARRIED_FROM = 'Carried forward from';

/** `earlierTitles`: the titles of the earlier self-evaluations still in use, by id. Null for an action not carried forward. */
export function describeCarriedFrom(action: Pick<PlanAction, 'carriedFrom'>, earlierTitles: Readonly<Record<string, string>>): CarriedFromLine | null {
  if (!action.carriedFrom) return null;
  const { auditId } = action.carriedFrom;
  const title = Object.hasOwn(earlierTitles, auditId) ? earlierTitles[auditId]!.trim() : null;
  if (title === null) return { text: `${CARRIED_FROM} an earlier self-evaluation`, auditId: null, title: null };
  // A title left blank still names the self-evaluation it came from, and its plan is still there to open.
  return { text: `${CARRIED_FROM} ${title || 'an earlier self-evaluation'}`, auditId, title };
}
