import { useCallback, useEffect, useRef, type RefObject } from 'react';
import type { FieldValues, Path, PathValue, UseFormGetValues, UseFormSetValue } from 'react-hook-form';
import type { EditTarget } from '../core/audit-edit';
import { hasUnsavedEdit } from '../operations/answers';

/** One form field that shows a stored field. */
export interface StoredValue<Values extends FieldValues> {
  /** Where the form holds it. */
  name: Path<Values>;
  /** The stored field it shows. */
  target: EditTarget;
  /** What storage holds now, as the form holds it (a rating as its radio's value, no domain as ''). */
  value: PathValue<Values, Path<Values>>;
  /** The text box, if it is one: while it has focus someone is typing in it. */
  elementId?: string;
}

interface StoredValuesOptions<Values extends FieldValues> {
  auditId: string;
  /** Rebuilt when storage changes (memoise it on the stored records). */
  stored: readonly StoredValue<Values>[];
  /** The element holding the fields: a field takes in the stored value once focus leaves it. */
  container: RefObject<HTMLElement | null>;
  getValues: UseFormGetValues<Values>;
  setValue: UseFormSetValue<Values>;
}

/**
 * Takes in changes stored by another tab (or replayed from a journal) without
 * clobbering this tab's work: a field this page has not finished saving, or
 * the text box someone is typing in, keeps its value. Used by every form that
 * edits stored records, so they all behave alike.
 */
export function useStoredValues<Values extends FieldValues>({ auditId, stored, container, getValues, setValue }: StoredValuesOptions<Values>): void {
  const latest = useRef(stored);

  const takeIn = useCallback(() => {
    const focusedId = document.activeElement?.id;
    for (const { name, target, value, elementId } of latest.current) {
      const isTyping = elementId !== undefined && elementId === focusedId;
      if (getValues(name) !== value && !isTyping && !hasUnsavedEdit(auditId, target)) setValue(name, value);
    }
  }, [auditId, getValues, setValue]);

  useEffect(() => {
    latest.current = stored;
    takeIn();
  }, [stored, takeIn]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // After focusout the next element has focus, so the field just left is no longer "being typed in".
    const onFocusOut = () => setTimeout(takeIn, 0);
    element.addEventListener('focusout', onFocusOut);
    return () => element.removeEventListener('focusout', onFocusOut);
  }, [container, takeIn]);
}
