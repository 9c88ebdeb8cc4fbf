import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { AnswersByIndicator } from '../../core/audit';
import type { ToolkitDomain } from '../../core/toolkit-schema';
import type { ReflectionsByDomain } from '../../operations/audits';
import { hasUnsavedEdit } from '../../operations/answers';
import { REFLECTION_FIELDS, toAnswerFields, toReflectionFields, type DomainFormValues } from './answer-form-values';

interface StoredChangesOptions {
  auditId: string;
  domain: ToolkitDomain;
  answers: AnswersByIndicator;
  reflections: ReflectionsByDomain;
  form: RefObject<HTMLFormElement | null>;
  getValues: UseFormGetValues<DomainFormValues>;
  setValue: UseFormSetValue<DomainFormValues>;
}

/**
 * Takes in changes stored by another tab (or replayed from a journal) without
 * clobbering this tab's work: a field this page has not finished saving, or
 * the text box someone is typing in, keeps its value. A text box takes in the
 * stored value once focus leaves it.
 */
export function useStoredChanges({ auditId, domain, answers, reflections, form, getValues, setValue }: StoredChangesOptions): void {
  const stored = useRef({ answers, reflections });

  const takeIn = useCallback(() => {
    const focusedId = document.activeElement?.id;
    for (const indicator of domain.indicators) {
      const fields = toAnswerFields(stored.current.answers, indicator.id);
      if (getValues(`answers.${indicator.id}.rating`) !== fields.rating && !hasUnsavedEdit(auditId, { kind: 'rating', indicatorId: indicator.id })) {
        setValue(`answers.${indicator.id}.rating`, fields.rating);
      }
      const isTyping = focusedId === `indicator-${indicator.id}-note`;
      if (getValues(`answers.${indicator.id}.note`) !== fields.note && !isTyping && !hasUnsavedEdit(auditId, { kind: 'note', indicatorId: indicator.id })) {
        setValue(`answers.${indicator.id}.note`, fields.note);
      }
    }
    const reflection = toReflectionFields(stored.current.reflections, domain.id);
    for (const field of REFLECTION_FIELDS) {
      const isTyping = focusedId === `reflection-${field}`;
      if (getValues(`reflection.${field}`) !== reflection[field] && !isTyping && !hasUnsavedEdit(auditId, { kind: 'reflection', domainId: domain.id, field })) {
        setValue(`reflection.${field}`, reflection[field]);
      }
    }
  }, [auditId, domain, getValues, setValue]);

  useEffect(() => {
    stored.current = { answers, reflections };
    takeIn();
  }, [answers, reflections, takeIn]);

  useEffect(() => {
    const element = form.current;
    if (!element) return;
    // After focusout the next element has focus, so the field just left is no longer "being typed in".
    const onFocusOut = () => setTimeout(takeIn, 0);
    element.addEventListener('focusout', onFocusOut);
    return () => element.removeEventListener('focusout', onFocusOut);
  }, [form, takeIn]);
}
