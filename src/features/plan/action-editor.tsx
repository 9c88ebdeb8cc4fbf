import { useEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router';
import { SaveStatusMessage } from '../../components/save-status';
import type { ActionReview } from '../../core/action-reviews';
import type { PlanAction } from '../../core/audit';
import { formatDate, todayIsoDate } from '../../core/format-date';
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../../core/plan-actions';
import { useSaveStatus } from '../../hooks/save-status';
import { readSaveStatus, saveEditsNow } from '../../operations/answers';
import { useRecordForm } from '../../hooks/use-record-form';
import { paths } from '../../lib/paths';

export interface DomainOption {
  id: string;
  title: string;
  isPriority: boolean;
}

interface ActionEditorProps {
  action: PlanAction;
  /** Once the action has been reviewed, its latest review says its status, not this form. */
  latestReview: ActionReview | null;
  number: number;
  /** The domain the action is shown under (its own, or its indicator's). */
  domainId: string | null;
  domains: readonly DomainOption[];
  focusField: 'action' | 'domainId' | null;
  onDomainChange: () => void;
  onClose: () => void;
}

const TEXT_FIELDS: { field: 'action' | 'successMeasure' | 'lead' | 'targetDate'; label: string; hint?: string; multiline: boolean }[] = [
  { field: 'action', label: 'Action', hint: 'What will be done', multiline: true },
  { field: 'successMeasure', label: 'Success measure', hint: 'How you will know it has worked', multiline: true },
  { field: 'lead', label: 'Lead', hint: 'Who is responsible', multiline: false },
  { field: 'targetDate', label: 'Target date', hint: 'A date or a term, for example 31 March 2027 or Spring 2027', multiline: false },
];

const TEXT_BOXES = ['action', 'successMeasure', 'lead', 'targetDate', 'progressNote'] as const;

/** Edits one action in place; every change is saved as you type, and changes made in another tab appear here. */
export function ActionEditor({ action, latestReview, number, domainId, domains, focusField, onDomainChange, onClose }: ActionEditorProps) {
  const base = `action-${action.id}`;
  const form = useRef<HTMLFormElement>(null);
  const shown = useMemo(
    () => ({
      domainId: domainId ?? '',
      action: action.action,
      successMeasure: action.successMeasure,
      lead: action.lead,
      targetDate: action.targetDate,
      status: action.status,
      progressNote: action.progressNote,
    }),
    [action, domainId],
  );
  const { field, setFocus } = useRecordForm({ kind: 'action', record: action, shown, idPrefix: base, textBoxes: TEXT_BOXES, container: form });
  const scope = { auditId: action.auditId, kind: 'action' as const, recordId: action.id };
  const status = useSaveStatus(scope);

  useEffect(() => {
    if (focusField) setFocus(focusField);
  }, [focusField, setFocus]);

  const done = () => void saveEditsNow().then(() => readSaveStatus(scope).state !== 'failed' && onClose());

  return (
    <form ref={form} className="app-plan-editor" aria-label={`Edit action ${number}`} onSubmit={(event) => event.preventDefault()} noValidate>
      <SaveStatusMessage status={status} onRetry={() => void saveEditsNow()} layout="record" />
      {TEXT_FIELDS.map(({ field: name, label, hint, multiline }) => (
        <div className="govuk-form-group" key={name}>
          <label className="govuk-label govuk-label--s" htmlFor={`${base}-${name}`}>
            {label}
          </label>
          {hint && (
            <div className="govuk-hint" id={`${base}-${name}-hint`}>
              {hint}
            </div>
          )}
          {multiline ? (
            <textarea
              className="govuk-textarea"
              id={`${base}-${name}`}
              rows={2}
              aria-describedby={hint ? `${base}-${name}-hint` : undefined}
              {...field(name)}
            />
          ) : (
            <input
              className="govuk-input govuk-!-width-two-thirds"
              id={`${base}-${name}`}
              type="text"
              aria-describedby={hint ? `${base}-${name}-hint` : undefined}
              {...field(name)}
            />
          )}
        </div>
      ))}
      {latestReview ? (
        <ReviewedStatus action={action} number={number} review={latestReview} />
      ) : (
        <div className="govuk-form-group">
          <fieldset className="govuk-fieldset">
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Status</legend>
            <div className="govuk-radios govuk-radios--small govuk-radios--inline">
              {ACTION_STATUSES.map((option) => (
                <div className="govuk-radios__item" key={option}>
                  <input
                    className="govuk-radios__input"
                    id={`${base}-status-${option}`}
                    type="radio"
                    value={option}
                    {...field('status')}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={`${base}-status-${option}`}>
                    {ACTION_STATUS_LABELS[option]}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
        </div>
      )}
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={`${base}-progressNote`}>
          Progress note
        </label>
        <textarea className="govuk-textarea" id={`${base}-progressNote`} rows={2} {...field('progressNote')} />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={`${base}-domainId`}>
          Section
        </label>
        {/* Moving to another section moves the card; save at once so it lands there with focus kept. */}
        <select
          className="govuk-select"
          id={`${base}-domainId`}
          {...field('domainId', () => {
            onDomainChange();
            void saveEditsNow();
          })}
        >
          {domains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domain.isPriority ? `${domain.title} (priority)` : domain.title}
            </option>
          ))}
          <option value="">Whole school (no single section)</option>
        </select>
      </div>
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={done}>
        Done<span className="govuk-visually-hidden"> editing action {number}</span>
      </button>
    </form>
  );
}

/** The status of an action that has been reviewed: its latest review's, changed by reviewing it again. */
function ReviewedStatus({ action, number, review }: { action: PlanAction; number: number; review: ActionReview }) {
  return (
    <div className="govuk-form-group">
      <p className="govuk-body govuk-!-margin-bottom-1">
        <strong>Status:</strong> {ACTION_STATUS_LABELS[review.status]}, from the review on {formatDate(review.reviewedOn)}
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.planReviewAction(action.auditId, todayIsoDate(), action.id)}>
          Review action {number} today
        </Link>
      </p>
    </div>
  );
}
