import { useEffect, useMemo, useRef } from 'react';
import { SaveStatusMessage } from '../../components/save-status';
import type { PlanReview, ReviewFields } from '../../core/plan-reviews';
import { useSaveStatus } from '../../hooks/save-status';
import { saveEditsNow } from '../../operations/answers';
import { useRecordForm } from '../../hooks/use-record-form';

interface ReviewItemProps {
  review: PlanReview;
  number: number;
  hasFocus: boolean;
  onDelete: () => void;
}

const FIELDS: { field: 'when' | 'who'; label: string; hint: string }[] = [
  { field: 'when', label: 'When', hint: 'A date or a term, for example 20 March 2027 or Summer 2027' },
  { field: 'who', label: 'Who checks progress', hint: 'For example, the full governing body' },
];

const TEXT_BOXES: readonly (keyof ReviewFields)[] = ['when', 'who', 'note'];

/** One progress check, saved as you type; changes made in another tab appear here. */
export function ReviewItem({ review, number, hasFocus, onDelete }: ReviewItemProps) {
  const base = `review-${review.id}`;
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const shown = useMemo(() => ({ when: review.when, who: review.who, note: review.note }), [review]);
  const { field, setFocus } = useRecordForm({ kind: 'review', record: review, shown, idPrefix: base, textBoxes: TEXT_BOXES, container: fieldset });
  const status = useSaveStatus({ auditId: review.auditId, kind: 'review', recordId: review.id });
  useEffect(() => {
    if (hasFocus) setFocus('when');
  }, [hasFocus, setFocus]);

  return (
    <li className="app-plan-review">
      <fieldset className="govuk-fieldset" ref={fieldset}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Progress check {number}</legend>
        <SaveStatusMessage status={status} onRetry={() => void saveEditsNow()} layout="record" />
        {FIELDS.map(({ field: name, label, hint }) => (
          <div className="govuk-form-group" key={name}>
            <label className="govuk-label govuk-label--s" htmlFor={`${base}-${name}`}>
              {label}
            </label>
            <div className="govuk-hint" id={`${base}-${name}-hint`}>
              {hint}
            </div>
            <input className="govuk-input govuk-!-width-two-thirds" id={`${base}-${name}`} type="text" aria-describedby={`${base}-${name}-hint`} {...field(name)} />
          </div>
        ))}
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor={`${base}-note`}>
            Notes from the check
          </label>
          <textarea className="govuk-textarea" id={`${base}-note`} rows={2} {...field('note')} />
        </div>
        <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" onClick={onDelete}>
          Delete progress check {number}
        </button>
      </fieldset>
    </li>
  );
}
