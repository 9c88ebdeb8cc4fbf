import type { UseFormRegister } from 'react-hook-form';
import { describeReviewTime, estimateReviewTime, offersQuickReview } from '../../core/review-scope';
import type { Toolkit } from '../../core/toolkit-schema';
import type { AuditDetailsForm } from './audit-details-fields';

/**
 * A full review or a quick one (core statements only), each with the time it
 * honestly takes, computed from what there is to read and rate. Shown only
 * for a toolkit that marks core statements.
 */
export function ReviewScopeFields({ toolkit, register }: { toolkit: Toolkit; register: UseFormRegister<AuditDetailsForm> }) {
  if (!offersQuickReview(toolkit)) return null;
  const options = [
    {
      value: 'full',
      label: 'Full review',
      hint: `Every statement, planned as a pre-read and a meeting. ${describeReviewTime(estimateReviewTime(toolkit, 'full'))}`,
    },
    {
      value: 'quick',
      label: 'Quick review',
      hint: `Core statements only, for a shorter meeting or a check between full reviews. ${describeReviewTime(estimateReviewTime(toolkit, 'quick'))}`,
    },
  ];
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">How much do you want to review?</legend>
        <div className="govuk-radios">
          {options.map((option) => (
            <div className="govuk-radios__item" key={option.value}>
              <input
                className="govuk-radios__input"
                id={`scope-${option.value}`}
                type="radio"
                value={option.value}
                aria-describedby={`scope-${option.value}-hint`}
                {...register('scope')}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={`scope-${option.value}`}>
                {option.label}
              </label>
              <div id={`scope-${option.value}-hint`} className="govuk-hint govuk-radios__hint">
                {option.hint}
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
