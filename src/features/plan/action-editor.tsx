import { useCallback, useEffect, useRef, useState } from 'react';
import type { PlanAction } from '../../core/audit';
import { ACTION_STATUS_LABELS, ACTION_STATUSES, type EditableActionField } from '../../core/plan-actions';
import { updateAction } from '../../operations/plan';
import { SaveStatus } from './save-status';
import { useRecordAutosave } from './use-record-autosave';

type Values = Pick<PlanAction, EditableActionField>;

export interface DomainOption {
  id: string;
  title: string;
  isPriority: boolean;
}

interface ActionEditorProps {
  action: PlanAction;
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

/** Edits one action in place; every change is saved as you type. */
export function ActionEditor({ action, number, domainId, domains, focusField, onDomainChange, onClose }: ActionEditorProps) {
  const [values, setValues] = useState<Values>(() => ({
    domainId,
    action: action.action,
    successMeasure: action.successMeasure,
    lead: action.lead,
    targetDate: action.targetDate,
    status: action.status,
    progressNote: action.progressNote,
  }));
  const save = useCallback((changes: Partial<Values>) => updateAction(action.id, changes), [action.id]);
  const { status, queue, flush } = useRecordAutosave<Values>(save);
  const firstField = useRef<HTMLTextAreaElement>(null);
  const domainField = useRef<HTMLSelectElement>(null);
  const base = `action-${action.id}`;

  useEffect(() => {
    if (focusField === 'action') firstField.current?.focus();
    if (focusField === 'domainId') domainField.current?.focus();
  }, [focusField]);

  const change = <K extends keyof Values>(field: K, value: Values[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    queue(field, value);
  };
  // Moving to another domain moves the card; save at once so it lands there with focus kept.
  const changeDomain = (value: string | null) => {
    change('domainId', value);
    onDomainChange();
    void flush();
  };

  return (
    <form className="app-plan-editor" aria-label={`Edit action ${number}`} onSubmit={(event) => event.preventDefault()} noValidate>
      <SaveStatus status={status} />
      {TEXT_FIELDS.map(({ field, label, hint, multiline }) => (
        <div className="govuk-form-group" key={field}>
          <label className="govuk-label govuk-label--s" htmlFor={`${base}-${field}`}>
            {label}
          </label>
          {hint && (
            <div className="govuk-hint" id={`${base}-${field}-hint`}>
              {hint}
            </div>
          )}
          {multiline ? (
            <textarea
              ref={field === 'action' ? firstField : undefined}
              className="govuk-textarea"
              id={`${base}-${field}`}
              rows={2}
              aria-describedby={hint ? `${base}-${field}-hint` : undefined}
              value={values[field]}
              onChange={(event) => change(field, event.target.value)}
            />
          ) : (
            <input
              className="govuk-input govuk-!-width-two-thirds"
              id={`${base}-${field}`}
              type="text"
              aria-describedby={hint ? `${base}-${field}-hint` : undefined}
              value={values[field]}
              onChange={(event) => change(field, event.target.value)}
            />
          )}
        </div>
      ))}
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
                  name={`${base}-status`}
                  value={option}
                  checked={values.status === option}
                  onChange={() => change('status', option)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`${base}-status-${option}`}>
                  {ACTION_STATUS_LABELS[option]}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={`${base}-progressNote`}>
          Progress note
        </label>
        <textarea className="govuk-textarea" id={`${base}-progressNote`} rows={2} value={values.progressNote} onChange={(event) => change('progressNote', event.target.value)} />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor={`${base}-domainId`}>
          Domain
        </label>
        <select
          ref={domainField}
          className="govuk-select"
          id={`${base}-domainId`}
          value={values.domainId ?? ''}
          onChange={(event) => changeDomain(event.target.value || null)}
        >
          {domains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domain.isPriority ? `${domain.title} (priority)` : domain.title}
            </option>
          ))}
          <option value="">Whole school (no single domain)</option>
        </select>
      </div>
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void flush().then((saved) => saved && onClose())}>
        Done<span className="govuk-visually-hidden"> editing action {number}</span>
      </button>
    </form>
  );
}
