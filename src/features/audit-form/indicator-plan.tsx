import { useState } from 'react';
import type { PlanAction, Rating } from '../../core/audit';
import { sortPlan } from '../../core/plan-order';
import { actionFromSuggestion, offerActions } from '../../core/plan-suggestions';
import type { ScaleLevel, ToolkitIndicator } from '../../core/toolkit-schema';
import { InPlanNote } from '../../components/in-plan-note';
import { SuggestedActionForm, type WordedAction } from '../../components/suggested-action-form';
import { addAction } from '../../operations/plan';

interface IndicatorPlanProps {
  auditId: string;
  domainId: string;
  indicator: ToolkitIndicator;
  number: number;
  rating: Rating;
  levels: readonly ScaleLevel[];
  /** The whole plan, in order; undefined while it loads. */
  plan: readonly PlanAction[] | undefined;
}

/**
 * "Add to plan" in place, below a statement: the toolkit's next step from the
 * rating given, worded as the team likes, added without leaving the page.
 * Once the plan has an action for the statement, "In the plan" shows instead.
 */
export function IndicatorPlan({ auditId, domainId, indicator, number, rating, levels, plan }: IndicatorPlanProps) {
  const [addedId, setAddedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  if (!plan) return null;
  const inPlan = sortPlan(plan)
    .map((action, index) => ({ id: action.id, number: index + 1, action: action.action, indicatorId: action.indicatorId }))
    .filter((action) => action.indicatorId === indicator.id);
  const offered = offerActions(indicator.suggestedActions, rating, levels);
  const add = async (worded: WordedAction) => {
    const action = await addAction(auditId, actionFromSuggestion({ domainId, indicatorId: indicator.id }, worded));
    setAddedId(action.id);
    setAnnouncement(`Added to the plan: ${action.action}`);
  };

  return (
    <div className="govuk-!-margin-top-4">
      {inPlan.length > 0 ? (
        <InPlanNote auditId={auditId} actions={inPlan} takeFocus={inPlan.some((action) => action.id === addedId)} />
      ) : (
        <details className="govuk-details govuk-!-margin-bottom-0">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">
              Add an action to the plan<span className="govuk-visually-hidden"> for statement {number}</span>
            </span>
          </summary>
          <div className="govuk-details__text">
            {offered.length === 0 && (
              <p className="govuk-body">The toolkit suggests no action for this rating. You can write your own.</p>
            )}
            {(offered.length > 0 ? offered : [null]).map((suggestion, index) => (
              // Keyed by the suggestion, so that a new rating offers its own wording.
              <SuggestedActionForm
                key={suggestion ? `${suggestion.action}-${index}` : 'blank'}
                offered={suggestion}
                buttonContext={` for statement ${number}${offered.length > 1 ? `, suggestion ${index + 1}` : ''}`}
                onAdd={add}
              />
            ))}
          </div>
        </details>
      )}
      {/* A polite live region, not role="status": the page's one status is its save status. */}
      <p className="govuk-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
