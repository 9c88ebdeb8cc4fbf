import { useMemo, useRef, type KeyboardEventHandler } from 'react';
import { MEASURE_MET_LABELS, MEASURE_MET_VALUES, type ActionReview, type ActionReviewFields } from '../core/action-reviews';
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../core/plan-actions';
import { useRecordForm } from '../hooks/use-record-form';
import { useSaveStatus } from '../hooks/save-status';
import { saveEditsNow } from '../operations/answers';
import { SaveStatusMessage } from './save-status';

interface ActionReviewFormProps {
  review: ActionReview;
  /** The form's name for assistive technology: the heading it sits under. */
  labelledBy: string;
  /** Meeting mode sets its own large type on the form. */
  className?: string;
  /** Meeting mode takes Esc in a field back to the slide. */
  onKeyDown?: KeyboardEventHandler<HTMLFormElement>;
}

const TEXT_BOXES: readonly (keyof ActionReviewFields)[] = ['note', 'evidence'];

const CHOICES = [
  { field: 'status', legend: 'Status', options: ACTION_STATUSES.map((value) => ({ value, label: ACTION_STATUS_LABELS[value] })) },
  { field: 'measureMet', legend: 'Is the success measure met?', options: MEASURE_MET_VALUES.map((value) => ({ value, label: MEASURE_MET_LABELS[value] })) },
] as const;

const TEXTS = [
  { field: 'note', label: 'Progress note', hint: 'What has happened since the last review' },
  { field: 'evidence', label: 'Evidence seen', hint: 'For example, a document, a visit or figures' },
] as const;

/**
 * What is recorded about one action at one review: its status, whether its
 * success measure is met, a progress note and the evidence seen. Each change
 * is saved as it is made, through the one save path, as every plan form is;
 * the page-by-page review and meeting mode's slides both use it.
 */
export function ActionReviewForm({ review, labelledBy, className, onKeyDown }: ActionReviewFormProps) {
  const base = `action-review-${review.id}`;
  const form = useRef<HTMLFormElement>(null);
  const shown = useMemo(() => ({ status: review.status, measureMet: review.measureMet ?? '', note: review.note, evidence: review.evidence }), [review]);
  const { field } = useRecordForm({ kind: 'actionReview', record: review, shown, idPrefix: base, textBoxes: TEXT_BOXES, container: form });
  const status = useSaveStatus({ auditId: review.auditId, kind: 'actionReview', recordId: review.id });
  return (
    <form ref={form} className={className} aria-labelledby={labelledBy} noValidate onSubmit={(event) => event.preventDefault()} onKeyDown={onKeyDown}>
      <SaveStatusMessage status={status} onRetry={() => void saveEditsNow()} layout="record" />
      {CHOICES.map(({ field: name, legend, options }) => (
        <div className="govuk-form-group" key={name}>
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
            <div className="govuk-radios govuk-radios--small">
              {options.map((option) => (
                <div className="govuk-radios__item" key={option.value}>
                  <input className="govuk-radios__input" id={`${base}-${name}-${option.value}`} type="radio" value={option.value} {...field(name)} />
                  <label className="govuk-label govuk-radios__label" htmlFor={`${base}-${name}-${option.value}`}>
                    {option.label}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      ))}
      {TEXTS.map(({ field: name, label, hint }) => (
        <div className="govuk-form-group" key={name}>
          <label className="govuk-label govuk-label--s" htmlFor={`${base}-${name}`}>
            {label}
          </label>
          <div className="govuk-hint" id={`${base}-${name}-hint`}>
            {hint}
          </div>
          <textarea className="govuk-textarea" id={`${base}-${name}`} rows={3} aria-describedby={`${base}-${name}-hint`} {...field(name)} />
        </div>
      ))}
    </form>
  );
}
