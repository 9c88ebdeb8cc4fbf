import type { DateParts } from '../../core/plan-review-flow';

interface ReviewDateInputProps {
  value: DateParts;
  onChange: (value: DateParts) => void;
  error: string | null;
}

export const REVIEW_DATE_ID = 'review-date';

const BOXES: { part: keyof DateParts; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4' },
];

/** The GOV.UK date input: three boxes under one question, the error said above them and every box marked. */
export function ReviewDateInput({ value, onChange, error }: ReviewDateInputProps) {
  const describedBy = `${REVIEW_DATE_ID}-hint${error ? ` ${REVIEW_DATE_ID}-error` : ''}`;
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Date of this review</legend>
        <div className="govuk-hint" id={`${REVIEW_DATE_ID}-hint`}>
          Today, or the day the review took place. For example, 3 2 2027
        </div>
        {error && (
          <p className="govuk-error-message" id={`${REVIEW_DATE_ID}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <div className="govuk-date-input" id={REVIEW_DATE_ID}>
          {BOXES.map(({ part, label, width }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${REVIEW_DATE_ID}-${part}`}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input ${width}${error ? ' govuk-input--error' : ''}`}
                  id={`${REVIEW_DATE_ID}-${part}`}
                  name={part}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
