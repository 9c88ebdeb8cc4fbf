import { useEffect, useEffectEvent, useState, type KeyboardEvent } from 'react';
import { NOT_APPLICABLE } from '../../core/audit';
import { ratingLabel } from '../../core/rating-label';
import type { AgreedRating } from '../../core/team';
import type { ScaleLevel } from '../../core/toolkit-schema';
import { SaveStatusMessage } from '../../components/save-status';
import { saveEditsNow } from '../../operations/answers';
import { levelKeyIndex } from './level-keys';
import { REASON_ID, useAgreementForm } from './use-agreement-form';

interface AgreeFormProps {
  auditId: string;
  indicatorId: string;
  levels: readonly ScaleLevel[];
  allowNotApplicable: boolean;
  /** The agreement as storage holds it: what each edit replaces. */
  stored: Pick<AgreedRating, 'rating' | 'reason'>;
  /** "Agreed: Embedded — reason" or "Median: Developing — not yet agreed", from what is stored. */
  stateText: string;
  /** "3 of 39 agreed": the whole meeting's progress. */
  progress: string;
  /** Enter or Esc in a field: back to the slide, where the clicker and number keys work. */
  onDone: () => void;
}

/**
 * The team's decision on one statement: the level agreed (a radio per level,
 * or 1 to N on the keyboard) and a one-line reason, saved as they change;
 * clearing returns the statement to the team's median.
 */
export function AgreeForm({ auditId, indicatorId, levels, allowNotApplicable, stored, stateText, progress, onDone }: AgreeFormProps) {
  const { form, status, field, choose, clear } = useAgreementForm(auditId, indicatorId, stored);
  const ratingField = field('rating');
  // Focus stays where it was when a number key chooses, or the agreement is cleared, so what changed is said here.
  const [announcement, setAnnouncement] = useState('');

  const chooseByKey = useEffectEvent((index: number) => {
    const level = levels[index]!;
    choose(level.value);
    setAnnouncement(`${ratingLabel(levels, level.value)} chosen.`);
  });
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const index = levelKeyIndex(event, levels.length);
      if (index === null) return;
      event.preventDefault();
      chooseByKey(index);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [levels.length]);

  const onFieldKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    if (event.key === 'Escape' || (event.key === 'Enter' && event.target.id === REASON_ID)) {
      event.preventDefault();
      onDone();
    }
  };

  return (
    <form ref={form} className="app-agree__decision" aria-labelledby="decision-title" noValidate onSubmit={(event) => event.preventDefault()} onKeyDown={onFieldKey}>
      <div className="app-agree__heading">
        <h2 className="app-meeting__subtitle" id="decision-title">
          The team’s rating
        </h2>
        <p className="app-agree__progress">{progress}</p>
      </div>
      <p className="app-agree__state">{stateText}</p>
      <fieldset className="govuk-fieldset">
        <legend className="app-agree__legend">
          Agreed level <span className="app-agree__hint">(press 1 to {levels.length})</span>
        </legend>
        <div className="govuk-radios govuk-radios--small">
          {levels.map((level, index) => (
            <div className="govuk-radios__item" key={level.value}>
              <input className="govuk-radios__input" id={`agree-level-${level.value}`} type="radio" value={String(level.value)} {...ratingField} />
              <label className="govuk-label govuk-radios__label" htmlFor={`agree-level-${level.value}`}>
                {level.label}
              </label>
              <kbd className="app-agree__key" aria-hidden="true">
                {index + 1}
              </kbd>
            </div>
          ))}
          {allowNotApplicable && (
            <div className="govuk-radios__item">
              <input className="govuk-radios__input" id="agree-level-not-applicable" type="radio" value={NOT_APPLICABLE} {...ratingField} />
              <label className="govuk-label govuk-radios__label" htmlFor="agree-level-not-applicable">
                Not applicable to our school
              </label>
            </div>
          )}
        </div>
      </fieldset>
      <label className="app-agree__legend" htmlFor={REASON_ID}>
        Reason, in one line <span className="app-agree__hint">(Enter when done)</span>
      </label>
      <input className="govuk-input app-agree__reason" id={REASON_ID} type="text" autoComplete="off" {...field('reason')} />
      <div className="app-agree__actions">
        <button
          type="button"
          className="app-meeting__button"
          onClick={() => {
            clear();
            setAnnouncement('Agreement cleared. The median counts until a level is agreed.');
          }}
        >
          Clear the agreement
        </button>
        <SaveStatusMessage status={status} onRetry={() => void saveEditsNow()} layout="record" />
      </div>
      <p className="govuk-visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </form>
  );
}
