import type { ShareChoices, ShowcaseCredit, ShowcasePassage } from '../../core/school-summary';

interface ShareChoicesProps {
  school: string;
  choices: ShareChoices;
  /** Sections with something written under "what is working well", with their titles. */
  offered: readonly (ShowcasePassage & { sectionTitle: string })[];
  urnError: string | null;
  onChange: (choices: ShareChoices) => void;
}

/** What the school decides before the file is made: its URN, which passages go to the showcase, and how the booklet names it. */
export function ShareChoicesFields({ school, choices, offered, urnError, onChange }: ShareChoicesProps) {
  const ticked = new Set(choices.showcaseSectionIds);
  const toggle = (sectionId: string, isTicked: boolean) =>
    onChange({ ...choices, showcaseSectionIds: offered.map((passage) => passage.sectionId).filter((id) => (id === sectionId ? isTicked : ticked.has(id))) });
  const credit = (value: ShowcaseCredit) => onChange({ ...choices, credit: value });
  return (
    <>
      <div className={`govuk-form-group${urnError ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor="urn">
          School URN (optional)
        </label>
        <div id="urn-hint" className="govuk-hint">
          Your school’s unique reference number: six digits. It lets the local authority tell your summaries from those of a school with the same
          name. It goes in this file only; it is not saved with your self-evaluation.
        </div>
        {urnError && (
          <p id="urn-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {urnError}
          </p>
        )}
        <input
          id="urn"
          className={`govuk-input govuk-input--width-10${urnError ? ' govuk-input--error' : ''}`}
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          value={choices.urn}
          aria-describedby={urnError ? 'urn-hint urn-error' : 'urn-hint'}
          aria-invalid={urnError ? true : undefined}
          onChange={(event) => onChange({ ...choices, urn: event.target.value })}
        />
      </div>

      {offered.length === 0 ? (
        <p className="govuk-body">
          Nothing is written under “What is working well?” in this self-evaluation, so there is nothing to offer for the local authority’s showcase.
        </p>
      ) : (
        <>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset" aria-describedby="showcase-hint">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Offer for the showcase booklet</legend>
              <div id="showcase-hint" className="govuk-hint">
                The local authority gathers what is working well in its schools into a booklet. Tick the passages you are happy for it to print. Only
                ticked passages go in the file.
              </div>
              <div className="govuk-checkboxes govuk-checkboxes--small">
                {offered.map((passage) => (
                  <div className="govuk-checkboxes__item" key={passage.sectionId}>
                    <input
                      className="govuk-checkboxes__input"
                      id={`showcase-${passage.sectionId}`}
                      type="checkbox"
                      checked={ticked.has(passage.sectionId)}
                      aria-describedby={`showcase-${passage.sectionId}-hint`}
                      onChange={(event) => toggle(passage.sectionId, event.target.checked)}
                    />
                    <label className="govuk-label govuk-checkboxes__label" htmlFor={`showcase-${passage.sectionId}`}>
                      {passage.sectionTitle}
                    </label>
                    <div id={`showcase-${passage.sectionId}-hint`} className="govuk-hint govuk-checkboxes__hint app-share__passage">
                      {passage.text}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <div className="govuk-form-group">
            <fieldset className="govuk-fieldset">
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">How should the booklet name your school beside its passages?</legend>
              <div className="govuk-radios govuk-radios--small">
                {(
                  [
                    ['named', `By name: ${school}`],
                    ['unnamed', 'Not by name: as “a school in the borough”'],
                  ] as const
                ).map(([value, label]) => (
                  <div className="govuk-radios__item" key={value}>
                    <input className="govuk-radios__input" id={`credit-${value}`} type="radio" name="credit" checked={choices.credit === value} onChange={() => credit(value)} />
                    <label className="govuk-label govuk-radios__label" htmlFor={`credit-${value}`}>
                      {label}
                    </label>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
        </>
      )}
    </>
  );
}
