import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import type { ChartModel } from '../../core/chart-model';
import { MAX_PRIORITIES, MIN_PRIORITIES, checkPriorityDomains } from '../../core/priority-domains';
import type { Toolkit } from '../../core/toolkit-schema';
import { choosePriorityDomains } from '../../operations/results';

interface PriorityFormProps {
  auditId: string;
  toolkit: Toolkit;
  model: ChartModel;
  saved: readonly string[];
}

/** The team marks 2–3 domains as priorities; they lead the development plan. */
export function PriorityForm({ auditId, toolkit, model, saved }: PriorityFormProps) {
  const [chosen, setChosen] = useState<string[]>([...saved]);
  // When the saved choice changes (this form, or another tab), show it.
  const savedKey = saved.join(' ');
  const [shownKey, setShownKey] = useState(savedKey);
  if (savedKey !== shownKey) {
    setShownKey(savedKey);
    setChosen([...saved]);
  }
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [isSaving, setIsSaving] = useState(false);
  const firstId = `priority-${model.domains[0]?.domainId ?? ''}`;

  const toggle = (domainId: string, isChecked: boolean) => {
    setChosen((current) => (isChecked ? [...current, domainId] : current.filter((id) => id !== domainId)));
    setStatus('');
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkPriorityDomains(toolkit, chosen);
    if (!checked.ok) {
      setError(checked.message);
      setStatus('');
      return;
    }
    setIsSaving(true);
    try {
      const ids = await choosePriorityDomains(auditId, checked.domainIds);
      setError(null);
      const titles = model.domains.filter((domain) => ids.includes(domain.domainId)).map((domain) => domain.title);
      setStatus(titles.length === 0 ? 'No priority areas are set.' : `Priority areas saved: ${titles.join('; ')}.`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setIsSaving(false);
    }
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
            Choose {MIN_PRIORITIES} or {MAX_PRIORITIES} domains to work on first. They lead the development plan.
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
                    {domain.levelName ? `, ${domain.levelName}` : ''}
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
