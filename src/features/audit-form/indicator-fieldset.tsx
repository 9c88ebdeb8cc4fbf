import type { ChangeEvent, ReactNode } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { NOT_APPLICABLE } from '../../core/audit';
import { describeMetFrom } from '../../core/legal-requirements';
import type { Toolkit, ToolkitIndicator } from '../../core/toolkit-schema';
import { GlossaryText, useGlossaryTerms } from '../../components/glossary-text';
import type { DomainFormValues } from './answer-form-values';

interface IndicatorFieldsetProps {
  toolkit: Toolkit;
  indicator: ToolkitIndicator;
  number: number;
  register: UseFormRegister<DomainFormValues>;
  onRatingChange: (indicatorId: string, value: string) => void;
  onNoteChange: (indicatorId: string, value: string) => void;
  /** What follows the note inside the statement's group: for the lead, adding an action to the plan. */
  children?: ReactNode;
}

/**
 * One indicator: the statement, each level with its descriptor (readable
 * before choosing), evidence prompts on demand, the evidence note and (for
 * the lead) adding an action to the plan. All sit in one fieldset, so the statement names the
 * note's group too. A legal duty is tagged beside the statement and said in
 * full below it; glossary terms are explained where they are read.
 */
export function IndicatorFieldset({ toolkit, indicator, number, register, onRatingChange, onNoteChange, children }: IndicatorFieldsetProps) {
  const base = `indicator-${indicator.id}`;
  const { glossary } = toolkit;
  const duty = indicator.legalDuty;
  const statement = useGlossaryTerms(indicator.statement, glossary);
  const rating = register(`answers.${indicator.id}.rating`, {
    onChange: (event: ChangeEvent<HTMLInputElement>) => onRatingChange(indicator.id, event.target.value),
  });
  return (
    <div className="govuk-form-group app-indicator">
      <fieldset className="govuk-fieldset" aria-describedby={duty ? `${base}-duty` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
          <span className="govuk-caption-m">Statement {number}</span>
          {statement.text}
          {duty && (
            <>
              {' '}
              <strong className="govuk-tag govuk-tag--purple app-legal-tag">Legal requirement</strong>
            </>
          )}
        </legend>
        {statement.meanings && <div className="app-term__meanings">{statement.meanings}</div>}
        {duty && (
          <div className="govuk-hint app-legal-duty" id={`${base}-duty`}>
            <p className="govuk-body govuk-!-margin-bottom-1">
              <strong>What the law requires:</strong> {duty.duty} {describeMetFrom(toolkit.scale.levels, duty.metFromLevel)}
            </p>
            <p className="govuk-body-s govuk-!-margin-bottom-0">Source: {duty.source}</p>
          </div>
        )}
        <div className="govuk-radios govuk-radios--small">
          {toolkit.scale.levels.map((level) => {
            const id = `${base}-level-${level.value}`;
            return (
              <div className="govuk-radios__item" key={level.value}>
                <input className="govuk-radios__input" id={id} type="radio" value={String(level.value)} aria-describedby={`${id}-hint`} {...rating} />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {level.label}
                </label>
                <div id={`${id}-hint`} className="govuk-hint govuk-radios__hint">
                  <GlossaryText text={indicator.descriptors[String(level.value)] ?? ''} glossary={glossary} />
                </div>
              </div>
            );
          })}
          {toolkit.scale.allowNotApplicable && (
            <>
              <div className="govuk-radios__divider">or</div>
              <div className="govuk-radios__item">
                <input className="govuk-radios__input" id={`${base}-not-applicable`} type="radio" value={NOT_APPLICABLE} {...rating} />
                <label className="govuk-label govuk-radios__label" htmlFor={`${base}-not-applicable`}>
                  Not applicable to our school
                </label>
              </div>
            </>
          )}
        </div>
        <details className="govuk-details govuk-!-margin-top-4 govuk-!-margin-bottom-2">
          <summary className="govuk-details__summary">
            <span className="govuk-details__summary-text">Evidence prompts</span>
          </summary>
          <div className="govuk-details__text">
            <ul className="govuk-list govuk-list--bullet">
              {indicator.evidencePrompts.map((prompt) => (
                <li key={prompt}>
                  <GlossaryText text={prompt} glossary={glossary} />
                </li>
              ))}
            </ul>
          </div>
        </details>
        <label className="govuk-label" htmlFor={`${base}-note`}>
          How do we know? (evidence note)
        </label>
        <textarea
          id={`${base}-note`}
          className="govuk-textarea govuk-!-margin-bottom-0"
          rows={3}
          {...register(`answers.${indicator.id}.note`, {
            onChange: (event: ChangeEvent<HTMLTextAreaElement>) => onNoteChange(indicator.id, event.target.value),
          })}
        />
        {children}
      </fieldset>
    </div>
  );
}
