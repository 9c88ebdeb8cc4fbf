import { AGREE_SCALE } from '../../core/questionnaires';
import type { Questionnaire } from '../../core/toolkit-schema';

interface KioskStatementProps {
  statement: Questionnaire['statements'][number];
  number: number;
  /** Unique to this person's form, so that nothing the browser remembers of an earlier form can fill this one. */
  formKey: number;
  chosen: number | undefined;
  onChoose: (answer: number) => void;
}

export function statementFieldId(formKey: number, statementId: string): string {
  return `kiosk-${formKey}-${statementId}`;
}

/** One statement and its five answers, large enough to touch. */
export function KioskStatement({ statement, number, formKey, chosen, onChoose }: KioskStatementProps) {
  const name = statementFieldId(formKey, statement.id);
  return (
    <li className="app-kiosk__statement">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--m app-kiosk__legend">
          <span className="app-kiosk__number">{number}.</span>
          {statement.text}
        </legend>
        <div className="govuk-radios govuk-radios--inline app-kiosk__answers">
          {AGREE_SCALE.map((answer, index) => (
            <div className="govuk-radios__item" key={answer}>
              <input
                className="govuk-radios__input"
                id={index === 0 ? name : `${name}-${index}`}
                name={name}
                type="radio"
                value={index}
                checked={chosen === index}
                onChange={() => onChoose(index)}
              />
              <label className="govuk-label govuk-radios__label" htmlFor={index === 0 ? name : `${name}-${index}`}>
                {answer}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </li>
  );
}
