import { useState } from 'react';
import type { DomainOption } from './action-editor';

/** Adding your own action: choose where it belongs, then write it in the card that opens. */
export function AddAction({ domains, onAdd }: { domains: readonly DomainOption[]; onAdd: (domainId: string | null) => void }) {
  const [domainId, setDomainId] = useState(domains[0]?.id ?? '');
  return (
    <form
      className="app-plan-add"
      aria-labelledby="add-action-title"
      onSubmit={(event) => {
        event.preventDefault();
        onAdd(domainId || null);
      }}
    >
      <h3 className="govuk-heading-s" id="add-action-title">
        Add your own action
      </h3>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="new-action-domain">
          Section for the new action
        </label>
        <select className="govuk-select" id="new-action-domain" value={domainId} onChange={(event) => setDomainId(event.target.value)}>
          {domains.map((domain) => (
            <option key={domain.id} value={domain.id}>
              {domain.isPriority ? `${domain.title} (priority)` : domain.title}
            </option>
          ))}
          <option value="">Whole school (no single section)</option>
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Add an action
      </button>
    </form>
  );
}
