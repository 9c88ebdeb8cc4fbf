import { useMemo, type RefObject } from 'react';
import type { UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { AnswersByIndicator } from '../../core/audit';
import type { ToolkitDomain } from '../../core/toolkit-schema';
import { useStoredValues, type StoredValue } from '../../hooks/use-stored-values';
import type { ReflectionsByDomain } from '../../operations/audits';
import { REFLECTION_FIELDS, toAnswerFields, toReflectionFields, type DomainFormValues } from './answer-form-values';
import { answerTarget, type Rater } from './rater';

interface StoredChangesOptions {
  auditId: string;
  rater: Rater;
  domain: ToolkitDomain;
  answers: AnswersByIndicator;
  /** Null when the page asks for none (someone rating in turn on this device). */
  reflections: ReflectionsByDomain | null;
  form: RefObject<HTMLFormElement | null>;
  getValues: UseFormGetValues<DomainFormValues>;
  setValue: UseFormSetValue<DomainFormValues>;
}

/** The domain's ratings, notes and reflections follow storage, as every form on a stored record does (see useStoredValues). */
export function useStoredChanges({ auditId, rater, domain, answers, reflections, form, getValues, setValue }: StoredChangesOptions): void {
  const stored = useMemo((): StoredValue<DomainFormValues>[] => {
    const fromAnswers = domain.indicators.flatMap((indicator) => {
      const fields = toAnswerFields(answers, indicator.id);
      return [
        { name: `answers.${indicator.id}.rating` as const, target: answerTarget(rater, indicator.id, 'rating'), value: fields.rating },
        {
          name: `answers.${indicator.id}.note` as const,
          target: answerTarget(rater, indicator.id, 'note'),
          value: fields.note,
          elementId: `indicator-${indicator.id}-note`,
        },
      ];
    });
    if (!reflections) return fromAnswers;
    const reflection = toReflectionFields(reflections, domain.id);
    return [
      ...fromAnswers,
      ...REFLECTION_FIELDS.map((field) => ({
        name: `reflection.${field}` as const,
        target: { kind: 'reflection' as const, recordId: domain.id, field },
        value: reflection[field],
        elementId: `reflection-${field}`,
      })),
    ];
  }, [rater, domain, answers, reflections]);
  useStoredValues({ auditId, stored, container: form, getValues, setValue });
}
