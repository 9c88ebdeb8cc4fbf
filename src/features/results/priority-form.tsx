import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { makeEdit, sameValue } from '../../core/audit-edit';
import type { ChartModel } from '../../core/chart-model';
import { describeBasis } from '../../core/score-basis';
import { MAX_PRIORITIES, MIN_PRIORITIES, checkPriorityDomains } from '../../core/priority-domains';
import type { Toolkit } from '../../core/toolkit-schema';
import { useSaveStatus } from '../../hooks/save-status';
import { readSaveStatus, recordEdit, saveEditsNow } from '../../operations/answers';

interface PriorityFormProps {
  auditId: string;
  toolkit: Toolkit;
  model: ChartModel;
  saved: readonly string[];
}

/**
 * The team marks 2–3 domains (sections, to users) as priorities; they lead the development plan.
 * Saved through the page's autosaver like every other edit (journalled, and
 * retried if storage fails), when the team presses the button.
 */
export function PriorityForm({ auditId, toolkit, model, saved }: PriorityFormProps) {
  const [chosen, setChosen] = useState<string[]>([...saved]);
  /** Boxes ticked or cleared and not yet saved: a change from another tab must not undo them. */
  const [isChanged, setIsChanged] = useState(false);
  // When the saved choice changes (this form, or another tab), show it, unless the team is part-way through choosing.
  const [shown, setShown] = useState(saved);
  if (!sameValue(saved, shown)) {
    setShown(saved);
    if (!isChanged) setChosen([...saved]);
  }
  const [invalid, setInvalid] = useState<string | null>(null);
  // A save that failed says why until it succeeds (a failed write is retried by itself).
  const saving = useSaveStatus({ auditId, kind: 'audit' });
  const error = invalid ?? (saving.state === 'failed' ? saving.message : null);
  const [status, setStatus] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const firstId = `priority-${model.domains[0]?.domainId ?? ''}`;

  const toggle = (domainId: string, isChecked: boolean) => {
    setChosen((current) => (isChecked ? [...current, domainId] : current.filter((id) => id !== domainId)));
    setIsChanged(true);
    setStatus('');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkPriorityDomains(toolkit, chosen);
    if (!checked.ok) {
      setInvalid(checked.message);
      setStatus('');
      return;
    }
    setInvalid(null);
    setIsSaving(true);
    recordEdit(auditId, makeEdit('audit', auditId, 'priorityDomainIds', checked.domainIds, [...saved], Date.now()));
    await saveEditsNow();
    setIsSaving(false);
    if (readSaveStatus({ auditId, kind: 'audit' }).state === 'failed') return;
    setIsChanged(false);
    const titles = model.domains.filter((domain) => checked.domainIds.includes(domain.domainId)).map((domain) => domain.title);
    setStatus(titles.length === 0 ? 'No priority areas are set.' : `Priority areas saved: ${titles.join('; ')}.`);
  };

  return (
    <form className="app-no-print" onSubmit={(event) => void save(event)} noValidate>
      <ErrorSummary errors={error ? [{ href: firstId, message: error }] : []} />
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <fieldset className="govuk-fieldset" aria-describedby={`priorities-hint${error ? ' priorities-error' : ''}`}>
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h2 className="govuk-fieldset__heading">Priority areas</h2>
          </legend>
          <div id="priorities-hint" className="govuk-hint">
            Choose {MIN_PRIORITIES} or {MAX_PRIORITIES} sections to work on first. They lead the development plan.
          </div>
          {error && (
            <p id="priorities-error" className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {error}
            </p>
          )}
          <div className="govuk-checkboxes govuk-checkboxes--small">
            {model.domains.map((domain) => {
              const id = `priority-${domain.domainId}`;
              return (
                <div className="govuk-checkboxes__item" key={domain.domainId}>
                  <input
                    className="govuk-checkboxes__input"
                    id={id}
                    type="checkbox"
                    checked={chosen.includes(domain.domainId)}
                    onChange={(event) => toggle(domain.domainId, event.target.checked)}
                    aria-describedby={`${id}-hint`}
                  />
                  <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                    {domain.title}
                  </label>
                  <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
                    Score {domain.scoreText}
                    {domain.levelName ? ` (${domain.levelName})` : ''}, {describeBasis(domain)}
                  </div>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary" disabled={isSaving}>
        Save priority areas
      </button>
      <p className="govuk-body" role="status">
        {status}
      </p>
    </form>
  );
}
