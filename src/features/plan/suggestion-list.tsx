import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import type { PlanSources } from '../../core/plan-report';
import { actionFromSuggestion, suggestPlanActions, type IndicatorSuggestion } from '../../core/plan-suggestions';
import type { SuggestedAction } from '../../core/toolkit-schema';
import { paths } from '../../lib/paths';
import { addAction } from '../../operations/plan';
import { useHashTarget } from './use-hash-target';

/**
 * Every indicator with the toolkit's suggested actions, those most in need
 * first. "Add to plan" copies the suggestion into a new action, to be
 * adapted in the plan.
 */
export function SuggestionList({ sources }: { sources: PlanSources }) {
  const { audit } = sources;
  const suggestions = suggestPlanActions(sources.toolkit, audit.priorityDomainIds, sources.answers, sources.actions);
  const [added, setAdded] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  useHashTarget();
  const add = async (suggestion: IndicatorSuggestion, suggested: SuggestedAction, key: string) => {
    setFailure(null);
    try {
      const action = await addAction(audit.id, actionFromSuggestion(suggestion, suggested));
      setAdded((current) => ({ ...current, [key]: action.id }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <>
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">Actions suggested by your ratings</h1>
      <p className="govuk-body">
        Indicators still to develop come first: those in your priority domains, then the rest, lowest rated first. Then come indicators not
        yet rated, those at the top level and those not applicable. Adding a suggestion copies it into your plan, where you can reword it and
        give it a lead and a date.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.plan(audit.id)}>
          Back to the development plan
        </Link>
      </p>
      <ErrorSummary title="The action was not added" description={failure} />
      <ol className="govuk-list app-plan-list">
        {suggestions.map((suggestion) => (
          <li className="govuk-summary-card app-plan-card" key={suggestion.indicatorId}>
            <div className="govuk-summary-card__title-wrapper">
              {/* The target of each indicator's "Add to plan" link on its domain page. */}
              <h2 className="govuk-summary-card__title" id={`indicator-${suggestion.indicatorId}`} tabIndex={-1}>
                {suggestion.statement}
                <span className="govuk-caption-m govuk-!-margin-top-1">
                  {suggestion.domainTitle}
                  {suggestion.isPriority ? ' (priority domain)' : ''}. Rated: {suggestion.ratingLabel}.
                  {suggestion.actionsInPlan > 0 && ` Actions in the plan for this indicator: ${suggestion.actionsInPlan}.`}
                </span>
              </h2>
            </div>
            <div className="govuk-summary-card__content">
              {suggestion.suggestedActions.map((suggested, index) => {
                const key = `${suggestion.indicatorId}-${index}`;
                return (
                  <div className="app-plan-suggestion" key={key}>
                    <dl className="govuk-summary-list">
                      <div className="govuk-summary-list__row">
                        <dt className="govuk-summary-list__key">Suggested action</dt>
                        <dd className="govuk-summary-list__value">{suggested.action}</dd>
                      </div>
                      <div className="govuk-summary-list__row">
                        <dt className="govuk-summary-list__key">Success measure</dt>
                        <dd className="govuk-summary-list__value">{suggested.successMeasure}</dd>
                      </div>
                    </dl>
                    <div className="app-button-row">
                      <button
                        type="button"
                        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                        aria-label={`${added[key] ? 'Add to plan again' : 'Add to plan'}: ${suggested.action}`}
                        onClick={() => void add(suggestion, suggested, key)}
                      >
                        {added[key] ? 'Add to plan again' : 'Add to plan'}
                      </button>
                      <p className="govuk-body govuk-!-margin-bottom-0" role="status">
                        {added[key] && (
                          <>
                            Added.{' '}
                            <Link
                              className="govuk-link"
                              to={paths.plan(audit.id)}
                              state={{ editActionId: added[key] }}
                              aria-label={`Give it a lead and a date: ${suggested.action}`}
                            >
                              Give it a lead and a date
                            </Link>
                          </>
                        )}
                      </p>
                    </div>
                  </div>
                );
              })}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
