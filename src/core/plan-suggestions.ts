/**
 * "Add to plan" from an indicator: the toolkit's suggested actions, offered
 * where the team most needs them. Indicators still to develop come first —
 * priority domains before the rest, the lowest rated first — then unrated
 * ones, then those already at the top level, then "not applicable".
 */
import { NOT_APPLICABLE, type AnswersByIndicator, type PlanAction, type Rating } from './audit';
import { blankAction, type ActionFields } from './plan-actions';
import { ratingLabel } from './rating-label';
import type { SuggestedAction, Toolkit } from './toolkit-schema';

export interface IndicatorSuggestion {
  domainId: string;
  domainTitle: string;
  isPriority: boolean;
  indicatorId: string;
  statement: string;
  rating: Rating;
  /** The level's label, "Not answered" or "Not applicable" (see rating-label.ts). */
  ratingLabel: string;
  suggestedActions: readonly SuggestedAction[];
  /** How many actions in the plan already address this indicator. */
  actionsInPlan: number;
}

/** Lower comes first. */
const NEED = { toDevelop: 0, unrated: 1, topLevel: 2, notApplicable: 3 } as const;

function needOf(rating: Rating, topLevel: number): number {
  if (rating === null) return NEED.unrated;
  if (rating === NOT_APPLICABLE) return NEED.notApplicable;
  return rating >= topLevel ? NEED.topLevel : NEED.toDevelop;
}

export function suggestPlanActions(
  toolkit: Toolkit,
  priorityDomainIds: readonly string[],
  answers: AnswersByIndicator,
  actions: readonly Pick<PlanAction, 'indicatorId'>[],
): IndicatorSuggestion[] {
  const topLevel = Math.max(...toolkit.scale.levels.map((level) => level.value));
  const ranked = toolkit.domains.flatMap((domain) =>
    domain.indicators.map((indicator) => {
      const rating = answers[indicator.id]?.rating ?? null;
      const suggestion: IndicatorSuggestion = {
        domainId: domain.id,
        domainTitle: domain.title,
        isPriority: priorityDomainIds.includes(domain.id),
        indicatorId: indicator.id,
        statement: indicator.statement,
        rating,
        ratingLabel: ratingLabel(toolkit.scale.levels, rating),
        suggestedActions: indicator.suggestedActions,
        actionsInPlan: actions.filter((action) => action.indicatorId === indicator.id).length,
      };
      return { suggestion, need: needOf(rating, topLevel), level: typeof rating === 'number' ? rating : 0 };
    }),
  );
  // Array.prototype.sort is stable, so toolkit order breaks the remaining ties.
  return ranked
    .sort((a, b) => a.need - b.need || Number(b.suggestion.isPriority) - Number(a.suggestion.isPriority) || a.level - b.level)
    .map(({ suggestion }) => suggestion);
}

/** A new action pre-filled from one of the indicator's suggested actions. */
export function actionFromSuggestion(suggestion: IndicatorSuggestion, suggested: SuggestedAction): ActionFields {
  return {
    ...blankAction(suggestion.domainId),
    indicatorId: suggestion.indicatorId,
    action: suggested.action,
    successMeasure: suggested.successMeasure,
  };
}
