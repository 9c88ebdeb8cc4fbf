import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanReview, ReviewFields } from '../../core/plan-reviews';
import { updateReviewDate } from '../../operations/plan';
import { SaveStatus } from './save-status';
import { useRecordAutosave } from './use-record-autosave';

interface ReviewItemProps {
  review: PlanReview;
  number: number;
  hasFocus: boolean;
  onDelete: () => void;
}

const FIELDS: { field: keyof ReviewFields; label: string; hint: string }[] = [
  { field: 'when', label: 'When', hint: 'A date or a term, for example 20 March 2027 or Summer 2027' },
  { field: 'who', label: 'Who reviews the plan', hint: 'For example, the full governing body' },
];

export function ReviewItem({ review, number, hasFocus, onDelete }: ReviewItemProps) {
  const [values, setValues] = useState<ReviewFields>(() => ({ when: review.when, who: review.who, note: review.note }));
  const save = useCallback((changes: Partial<ReviewFields>) => updateReviewDate(review.id, changes), [review.id]);
  const { status, queue } = useRecordAutosave<ReviewFields>(save);
  const first = useRef<HTMLInputElement>(null);
  const base = `review-${review.id}`;
  useEffect(() => {
    if (hasFocus) first.current?.focus();
  }, [hasFocus]);
  const change = (field: keyof ReviewFields, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    queue(field, value);
  };

  return (
    <li className="app-plan-review">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Review date {number}</legend>
        <SaveStatus status={status} />
        {FIELDS.map(({ field, label, hint }) => (
          <div className="govuk-form-group" key={field}>
            <label className="govuk-label govuk-label--s" htmlFor={`${base}-${field}`}>
              {label}
            </label>
            <div className="govuk-hint" id={`${base}-${field}-hint`}>
              {hint}
            </div>
            <input
              ref={field === 'when' ? first : undefined}
              className="govuk-input govuk-!-width-two-thirds"
              id={`${base}-${field}`}
              type="text"
              aria-describedby={`${base}-${field}-hint`}
              value={values[field]}
              onChange={(event) => change(field, event.target.value)}
            />
          </div>
        ))}
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor={`${base}-note`}>
            Notes from the review
          </label>
          <textarea className="govuk-textarea" id={`${base}-note`} rows={2} value={values.note} onChange={(event) => change('note', event.target.value)} />
        </div>
        <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" onClick={onDelete}>
          Delete review date {number}
        </button>
      </fieldset>
    </li>
  );
}
