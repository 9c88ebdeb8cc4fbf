import { useState } from 'react';
import { Link } from 'react-router';
import { InPlanNote } from '../../components/in-plan-note';
import { SuggestedActionForm, type WordedAction } from '../../components/suggested-action-form';
import { sortPlan } from '../../core/plan-order';
import { LEGAL_STATE_LABELS } from '../../core/legal-requirements';
import type { PlanSources } from '../../core/plan-report';
import { actionFromSuggestion, suggestPlanActions, type IndicatorSuggestion } from '../../core/plan-suggestions';
import { paths } from '../../lib/paths';
import { addAction } from '../../operations/plan';

/**
 * Every statement with the toolkit's next step from its rating, those most in
 * need first, for going through the plan as a whole (the rating pages offer
 * the same, one statement at a time). A statement already in the plan says so.
 */
export function SuggestionList({ sources }: { sources: PlanSources }) {
  const { audit } = sources;
  const suggestions = suggestPlanActions(sources.toolkit, audit.priorityDomainIds, sources.answers, sources.actions);
  const numbers = new Map(sortPlan(sources.actions).map((action, index) => [action.id, index + 1]));
  const [addedId, setAddedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const add = async (suggestion: IndicatorSuggestion, worded: WordedAction) => {
    const action = await addAction(audit.id, actionFromSuggestion(suggestion, worded));
    setAddedId(action.id);
    setAnnouncement(`Added to the plan: ${action.action}`);
  };

  return (
    <>
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">Actions suggested by your ratings</h1>
      <p className="govuk-body">
        Each statement offers the toolkit’s next step from its rating. Legal requirements not yet met come first, as duties in law; then
        statements still to develop: those in your priority sections, then the rest, lowest rated first; then those not yet rated. Adding a suggestion puts it in your plan, where you can give it a lead and a
        date.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.plan(audit.id)}>
          Back to the development plan
        </Link>
      </p>
      <p className="govuk-visually-hidden" role="status">
        {announcement}
      </p>
      <ol className="govuk-list app-plan-list">
        {suggestions.map((suggestion) => {
          const inPlan = suggestion.actionsInPlan.map((action) => ({
            id: action.id,
            number: numbers.get(action.id) ?? 0,
            action: sources.actions.find((candidate) => candidate.id === action.id)?.action ?? '',
          }));
          return (
            <li className="govuk-summary-card app-plan-card" key={suggestion.indicatorId}>
              <div className="govuk-summary-card__title-wrapper">
                <h2 className="govuk-summary-card__title">
                  {suggestion.statement}
                  <span className="govuk-caption-m govuk-!-margin-top-1">
                    {suggestion.domainTitle}
                    {suggestion.isPriority ? ' (priority section)' : ''}. Rated: {suggestion.ratingLabel}.
                  </span>
                  {suggestion.legalRequirement && (
                    <strong className={`govuk-tag app-legal-tag govuk-!-margin-top-1 ${suggestion.legalRequirement === 'not-met' ? 'govuk-tag--red' : 'govuk-tag--grey'}`}>
                      Legal requirement: {LEGAL_STATE_LABELS[suggestion.legalRequirement].toLowerCase()}
                    </strong>
                  )}
                </h2>
              </div>
              <div className="govuk-summary-card__content">
                {inPlan.length > 0 ? (
                  <InPlanNote auditId={audit.id} actions={inPlan} takeFocus={inPlan.some((action) => action.id === addedId)} />
                ) : (
                  suggestion.offeredActions.map((offered, index) => (
                    <SuggestedActionForm
                      key={`${offered.action}-${index}`}
                      offered={offered}
                      buttonContext={`: ${offered.action}`}
                      onAdd={(worded) => add(suggestion, worded)}
                    />
                  ))
                )}
              </div>
            </li>
          );
        })}
      </ol>
    </>
  );
}
