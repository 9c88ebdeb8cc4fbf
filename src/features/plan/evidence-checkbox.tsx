interface EvidenceCheckboxProps {
  /** The input's id, unique on the page. */
  id: string;
  checked: boolean;
  onChange: (include: boolean) => void;
  hint?: string;
}

/** "Include the evidence notes", for the PDF download and the printable page alike. */
export function EvidenceCheckbox({ id, checked, onChange, hint }: EvidenceCheckboxProps) {
  const hintId = `${id}-hint`;
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id={id}
            type="checkbox"
            checked={checked}
            onChange={(event) => onChange(event.target.checked)}
            aria-describedby={hint ? hintId : undefined}
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            Include the evidence notes
          </label>
          {hint && (
            <div id={hintId} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}
