import type { ChangeEvent } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import type { ReflectionField } from '../../core/audit-edit';
import type { ToolkitDomain } from '../../core/toolkit-schema';
import type { DomainFormValues } from './answer-form-values';

interface ReflectionFieldsProps {
  domain: ToolkitDomain;
  register: UseFormRegister<DomainFormValues>;
  onChange: (field: ReflectionField, value: string) => void;
}

const QUESTIONS: readonly { field: ReflectionField; label: string; hint: string }[] = [
  {
    field: 'workingWell',
    label: 'What is working well?',
    hint: 'Start from strengths: what you are proud of, what others could learn from.',
  },
  {
    field: 'evenBetterIf',
    label: 'What would make it even better?',
    hint: 'What you would like to develop next. These become ideas for your development plan.',
  },
];

/** Appreciative inquiry: each domain asks what is working well before what would make it even better. */
export function ReflectionFields({ domain, register, onChange }: ReflectionFieldsProps) {
  return (
    <section className="app-reflections" aria-labelledby="reflections-heading">
      <h2 className="govuk-heading-m" id="reflections-heading">
        Your reflections on {domain.shortTitle.toLowerCase()}
      </h2>
      {QUESTIONS.map(({ field, label, hint }) => {
        const id = `reflection-${field}`;
        return (
          <div className="govuk-form-group" key={field}>
            <label className="govuk-label govuk-label--s" htmlFor={id}>
              {label}
            </label>
            <div className="govuk-hint" id={`${id}-hint`}>
              {hint}
            </div>
            <textarea
              id={id}
              className="govuk-textarea"
              rows={4}
              aria-describedby={`${id}-hint`}
              {...register(`reflection.${field}`, {
                onChange: (event: ChangeEvent<HTMLTextAreaElement>) => onChange(field, event.target.value),
              })}
            />
          </div>
        );
      })}
    </section>
  );
}
