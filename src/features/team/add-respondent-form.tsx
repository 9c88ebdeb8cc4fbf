import { useRef, useState, type FormEvent } from 'react';
import type { RespondentGroup, TakesPart } from '../../core/team';
import { addRespondent } from '../../operations/team';

const WHERE: { value: TakesPart; label: string; added: (name: string) => string }[] = [
  { value: 'own-device', label: 'On their own laptop (you send them an invitation file)', added: (name) => `${name} was added. Download their invitation from the table above.` },
  { value: 'this-device', label: 'Here on this device, after you', added: (name) => `${name} was added. When it is their turn, choose “Rate now” in the table above.` },
];

/**
 * One person at a time: a name or a role, their group, and where they rate:
 * on their own laptop from an invitation file, or in turn on this one.
 */
export function AddRespondentForm({ auditId, groups }: { auditId: string; groups: readonly RespondentGroup[] }) {
  const [name, setName] = useState('');
  const [groupId, setGroupId] = useState((groups[1] ?? groups[0]!).id);
  const [takesPart, setTakesPart] = useState<TakesPart>('own-device');
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  const add = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) {
      setError('Enter a name or role');
      nameInput.current?.focus();
      return;
    }
    try {
      await addRespondent(auditId, { name, groupId, takesPart });
      setAdded(WHERE.find((option) => option.value === takesPart)!.added(name.trim()));
      setName('');
      setError(null);
      // Ready for the next person.
      nameInput.current?.focus();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <form onSubmit={(event) => void add(event)} noValidate aria-labelledby="add-person-heading" className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s" id="add-person-heading">
        Add a person
      </h3>
      <p className="govuk-body" role="status">
        {added ?? ''}
      </p>
      <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
        <label className="govuk-label" htmlFor="respondent-name">
          Name or role
        </label>
        <div id="respondent-name-hint" className="govuk-hint">
          For example, “Year 4 teacher” or “Sam Jones”.
        </div>
        {error && (
          <p id="respondent-name-error" className="govuk-error-message">
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          ref={nameInput}
          className={`govuk-input govuk-!-width-two-thirds${error ? ' govuk-input--error' : ''}`}
          id="respondent-name"
          type="text"
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          aria-describedby={error ? 'respondent-name-hint respondent-name-error' : 'respondent-name-hint'}
        />
      </div>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="respondent-group">
          Group
        </label>
        <select className="govuk-select" id="respondent-group" value={groupId} onChange={(event) => setGroupId(event.target.value)}>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.title}
            </option>
          ))}
        </select>
      </div>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Where will they rate?</legend>
          <div className="govuk-radios govuk-radios--small" data-module="govuk-radios">
            {WHERE.map((option) => (
              <div className="govuk-radios__item" key={option.value}>
                <input
                  className="govuk-radios__input"
                  id={`respondent-where-${option.value}`}
                  name="respondent-where"
                  type="radio"
                  value={option.value}
                  checked={takesPart === option.value}
                  onChange={() => setTakesPart(option.value)}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={`respondent-where-${option.value}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Add person
      </button>
    </form>
  );
}
