/**
 * "Add to plan" from an indicator: the toolkit's suggested actions that fit
 * its rating, offered where the team most needs them. The step up from the
 * rating comes first (see offerActions); across indicators, legal duties not
 * yet met lead (a duty in law comes before any choice of priorities), then
 * those still to develop — priority domains before the rest, the lowest
 * rated first — then unrated ones. Indicators with nothing to offer (at the top
 * level, or not applicable) are left out unless the plan already has an
 * action for them.
 */
import { NOT_APPLICABLE, type AnswersByIndicator, type PlanAction, type Rating } from './audit';
import { legalRequirementState, type LegalRequirementState } from './legal-requirements';
import { blankAction, type ActionFields } from './plan-actions';
import { ratingLabel } from './rating-label';
import type { ScaleLevel, SuggestedAction, Toolkit } from './toolkit-schema';

export interface OfferedAction {
  action: string;
  successMeasure: string;
  /** "Suggested for statements rated 1 Not yet in place"; empty when the toolkit gives the action no rating. */
  ratingNote: string;
}

/** The rating an action is for, in the words of the scale. */
export function ratingNote(levels: readonly ScaleLevel[], suggested: SuggestedAction): string {
  if (suggested.whenRated === undefined) return '';
  return `Suggested for statements rated ${suggested.whenRated} ${ratingLabel(levels, suggested.whenRated)}`;
}

/**
 * The suggested actions that fit a rating, best first: those for this very
 * rating (the step up from it), then those for any rating, then those for
 * higher ratings. Actions for lower ratings are already done and left out —
 * unless the indicator has only that one action, which is shown saying which
 * rating it is for. At the top level only actions meant for it are offered;
 * for "not applicable", none. Unrated: all of them, in toolkit order.
 */
export function offerActions(suggestedActions: readonly SuggestedAction[], rating: Rating, levels: readonly ScaleLevel[]): OfferedAction[] {
  const offer = (suggested: SuggestedAction): OfferedAction => ({
    action: suggested.action,
    successMeasure: suggested.successMeasure,
    ratingNote: ratingNote(levels, suggested),
  });
  if (rating === NOT_APPLICABLE) return [];
  if (rating === null) return suggestedActions.map(offer);
  const topLevel = Math.max(...levels.map((level) => level.value));
  if (rating >= topLevel) return suggestedActions.filter((suggested) => suggested.whenRated === rating).map(offer);
  if (suggestedActions.length === 1) return suggestedActions.map(offer);
  const rank = ({ whenRated }: SuggestedAction) => {
    if (whenRated === rating) return 0;
    if (whenRated === undefined) return 1;
    return whenRated > rating ? 1 + whenRated - rating : null;
  };
  return suggestedActions
    .map((suggested) => ({ suggested, rank: rank(suggested) }))
    .filter((ranked): ranked is { suggested: SuggestedAction; rank: number } => ranked.rank !== null)
    .sort((a, b) => a.rank - b.rank)
    .map(({ suggested }) => offer(suggested));
}

export interface IndicatorSuggestion {
  domainId: string;
  domainTitle: string;
  isPriority: boolean;
  indicatorId: string;
  statement: string;
  rating: Rating;
  /** The level's label, "Not answered" or "Not applicable" (see rating-label.ts). */
  ratingLabel: string;
  offeredActions: OfferedAction[];
  /** Whether the statement's legal duty is met; null when the statement is not a legal duty. */
  legalRequirement: LegalRequirementState | null;
  /** The plan's actions that already address this indicator. */
  actionsInPlan: Pick<PlanAction, 'id' | 'indicatorId'>[];
}

/** Lower comes first. */
const NEED = { legalDutyNotMet: 0, toDevelop: 1, unrated: 2, topLevel: 3, notApplicable: 4 } as const;

function needOf(rating: Rating, topLevel: number, legalRequirement: LegalRequirementState | null): number {
  if (legalRequirement === 'not-met') return NEED.legalDutyNotMet;
  if (rating === null) return NEED.unrated;
  if (rating === NOT_APPLICABLE) return NEED.notApplicable;
  return rating >= topLevel ? NEED.topLevel : NEED.toDevelop;
}

export function suggestPlanActions<A extends Pick<PlanAction, 'id' | 'indicatorId'>>(
  toolkit: Toolkit,
  priorityDomainIds: readonly string[],
  answers: AnswersByIndicator,
  actions: readonly A[],
): IndicatorSuggestion[] {
  const { levels } = toolkit.scale;
  const topLevel = Math.max(...levels.map((level) => level.value));
  const ranked = toolkit.domains.flatMap((domain) =>
    domain.indicators.map((indicator) => {
      const rating = answers[indicator.id]?.rating ?? null;
      const legalRequirement = indicator.legalDuty ? legalRequirementState(indicator.legalDuty, rating) : null;
      const suggestion: IndicatorSuggestion = {
        domainId: domain.id,
        domainTitle: domain.title,
        isPriority: priorityDomainIds.includes(domain.id),
        indicatorId: indicator.id,
        statement: indicator.statement,
        rating,
        ratingLabel: ratingLabel(levels, rating),
        offeredActions: offerActions(indicator.suggestedActions, rating, levels),
        legalRequirement,
        actionsInPlan: actions.filter((action) => action.indicatorId === indicator.id),
      };
      return { suggestion, need: needOf(rating, topLevel, legalRequirement), level: typeof rating === 'number' ? rating : 0 };
    }),
  );
  // Array.prototype.sort is stable, so toolkit order breaks the remaining ties.
  return ranked
    .filter(({ suggestion }) => suggestion.offeredActions.length > 0 || suggestion.actionsInPlan.length > 0)
    .sort((a, b) => a.need - b.need || Number(b.suggestion.isPriority) - Number(a.suggestion.isPriority) || a.level - b.level)
    .map(({ suggestion }) => suggestion);
}

/** A new action for an indicator, from a suggested action as the person worded it. */
export function actionFromSuggestion(
  indicator: Pick<IndicatorSuggestion, 'domainId' | 'indicatorId'>,
  worded: Pick<OfferedAction, 'action' | 'successMeasure'>,
): ActionFields {
  return {
    ...blankAction(indicator.domainId),
    indicatorId: indicator.indicatorId,
    action: worded.action.trim(),
    successMeasure: worded.successMeasure.trim(),
  };
}
