import type { ChangeEvent } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { NOT_APPLICABLE, type PlanAction, type Rating } from '../../core/audit';
import type { Toolkit, ToolkitIndicator } from '../../core/toolkit-schema';
import type { DomainFormValues } from './answer-form-values';
import { IndicatorPlan } from './indicator-plan';

interface IndicatorFieldsetProps {
  auditId: string;
  toolkit: Toolkit;
  domainId: string;
  indicator: ToolkitIndicator;
  /** As stored: the suggestions offered follow it. */
  rating: Rating;
  plan: readonly PlanAction[] | undefined;
  number: number;
  register: UseFormRegister<DomainFormValues>;
  onRatingChange: (indicatorId: string, value: string) => void;
  onNoteChange: (indicatorId: string, value: string) => void;
}

/**
 * One indicator: the statement, each level with its descriptor (readable
 * before choosing), evidence prompts on demand, the evidence note and adding
 * an action to the plan. All sit in one fieldset, so the statement names the
 * note's group too.
 */
export function IndicatorFieldset({ auditId, toolkit, domainId, indicator, rating: storedRating, plan, number, register, onRatingChange, onNoteChange }: IndicatorFieldsetProps) {
  const base = `indicator-${indicator.id}`;
  const rating = register(`answers.${indicator.id}.rating`, {
    onChange: (event: ChangeEvent<HTMLInputElement>) => onRatingChange(indicator.id, event.target.value),
  });
  return (
    <div className="govuk-form-group app-indicator">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          <span className="govuk-caption-m">Statement {number}</span>
          {indicator.statement}
        </legend>
        <div className="govuk-radios govuk-radios--small">
          {toolkit.scale.levels.map((level) => {
            const id = `${base}-level-${level.value}`;
            return (
              <div className="govuk-radios__item" key={level.value}>
                <input className="govuk-radios__input" id={id} type="radio" value={String(level.value)} aria-describedby={`${id}-hint`} {...rating} />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {level.label}
                </label>
                <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                  {indicator.descriptors[String(level.value)]}
                </div>
              </div>
            );
          })}
          {toolkit.scale.allowNotApplicable && (
            <>
              <div className="govuk-radios__divider">or</div>
              <div className="govuk-radios__item">
                <input className="govuk-radios__input" id={`${base}-not-applicable`} type="radio" value={NOT_APPLICABLE} {...rating} />
                <label className="govuk-label govuk-radios__label" htmlFor={`${base}-not-applicable`}>
                  Not applicable to our school
                </label>
              </div>
            </>
          )}
        </div>
        <details className="govuk-details govuk-!-margin-top-4 govuk-!-margin-bottom-2">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Evidence prompts</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list govuk-list--bullet">
              {indicator.evidencePrompts.map((prompt) => (
                <li key={prompt}>{prompt}</li>
              ))}
            </ul>
          </div>
        </details>
        <label className="govuk-label" htmlFor={`${base}-note`}>
          How do we know? (evidence note)
        </label>
        <textarea
          id={`${base}-note`}
          className="govuk-textarea govuk-!-margin-bottom-0"
          rows={3}
          {...register(`answers.${indicator.id}.note`, {
            onChange: (event: ChangeEvent<HTMLTextAreaElement>) => onNoteChange(indicator.id, event.target.value),
          })}
        />
        <IndicatorPlan auditId={auditId} domainId={domainId} indicator={indicator} number={number} rating={storedRating} levels={toolkit.scale.levels} plan={plan} />
      </fieldset>
    </div>
  );
}
