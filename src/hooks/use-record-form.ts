import { useMemo, type ChangeEvent, type RefObject } from 'react';
import { useForm } from 'react-hook-form';
import { makeEdit, type EditField, type EditableValues } from '../core/audit-edit';
import { recordEdit } from '../operations/answers';
import { useStoredValues, type StoredValue } from './use-stored-values';

type PlanKind = 'action' | 'review' | 'actionReview';
type FormValues = Record<string, string>;

interface RecordFormOptions<K extends PlanKind> {
  kind: K;
  /** The stored record: edits say which of its values they replace. */
  record: { id: string; auditId: string } & EditableValues[K];
  /** What the form shows for each field, from the stored record (memoise it on the record). */
  shown: Record<EditField<K>, string>;
  /** Each control's id is `${idPrefix}-${field}`. */
  idPrefix: string;
  /** The fields shown in text boxes: while one has focus, someone is typing in it and it keeps its text. */
  textBoxes: readonly EditField<K>[];
  container: RefObject<HTMLElement | null>;
}

/**
 * A form over one stored plan record (an action, a progress check, an
 * action's review). Every change is queued on the page's autosaver as an
 * edit of one field, like the audit form's answers, and the fields follow
 * storage live. It lives here rather than in the plan feature because meeting
 * mode reviews actions through it too.
 */
export function useRecordForm<K extends PlanKind>({ kind, record, shown, idPrefix, textBoxes, container }: RecordFormOptions<K>) {
  const { register, getValues, setValue, setFocus } = useForm<FormValues>({ defaultValues: shown });
  const stored = useMemo(
    () =>
      (Object.keys(shown) as EditField<K>[]).map(
        (field): StoredValue<FormValues> => ({
          name: field,
          target: { kind, recordId: record.id, field },
          value: shown[field],
          elementId: textBoxes.includes(field) ? `${idPrefix}-${field}` : undefined,
        }),
      ),
    [kind, record.id, shown, idPrefix, textBoxes],
  );
  useStoredValues({ auditId: record.auditId, stored, container, getValues, setValue });

  /** Props for the control of one field; `onChanged` runs after the edit is queued. */
  const field = (name: EditField<K>, onChanged?: () => void) => ({
    // A text box also carries the stored text as its default (a textarea's text content), as React's controlled boxes do.
    ...(textBoxes.includes(name) ? { defaultValue: shown[name] } : {}),
    ...register(name, {
      onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
        const text = event.target.value;
        const value = text === '' && EMPTY_IS_NULL.has(name) ? null : text;
        const base = record[name] as EditableValues[K][EditField<K>];
        recordEdit(record.auditId, makeEdit(kind, record.id, name, value as typeof base, base, Date.now()));
        onChanged?.();
      },
    }),
  });
  return { field, setFocus };
}

/** Fields stored as null when empty (an action for the whole school has no domain, a review not yet said if its measure is met); the form holds ''. */
const EMPTY_IS_NULL: ReadonlySet<string> = new Set(['domainId', 'measureMet']);
