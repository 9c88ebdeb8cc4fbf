import { useMemo, useRef, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import { NOT_APPLICABLE, type Rating } from '../../core/audit';
import { makeEdit, type SaveStatus } from '../../core/audit-edit';
import type { AgreedRating } from '../../core/team';
import { useSaveStatus } from '../../hooks/save-status';
import { useStoredValues, type StoredValue } from '../../hooks/use-stored-values';
import { recordEdit } from '../../operations/answers';

/** Radios hold strings: '' (not agreed), 'n/a', or a level value. */
interface AgreeValues {
  rating: string;
  reason: string;
}

const toField = (rating: Rating) => (rating === null ? '' : String(rating));

function toRating(field: string): Rating {
  if (field === '') return null;
  if (field === NOT_APPLICABLE) return NOT_APPLICABLE;
  const level = Number(field);
  return Number.isInteger(level) ? level : null;
}

export const REASON_ID = 'agree-reason';

/**
 * One statement's agreement as a form on the one save path, as every form on
 * a stored record is: each change is queued the moment it is made (with the
 * value it replaces), and changes stored elsewhere are taken in without
 * touching the field someone is typing in.
 */
export function useAgreementForm(auditId: string, indicatorId: string, stored: Pick<AgreedRating, 'rating' | 'reason'>) {
  const { register, getValues, setValue } = useForm<AgreeValues>({ defaultValues: { rating: toField(stored.rating), reason: stored.reason } });
  const form = useRef<HTMLFormElement>(null);
  const storedValues = useMemo(
    (): StoredValue<AgreeValues>[] => [
      { name: 'rating', target: { kind: 'agreement', recordId: indicatorId, field: 'rating' }, value: toField(stored.rating) },
      { name: 'reason', target: { kind: 'agreement', recordId: indicatorId, field: 'reason' }, value: stored.reason, elementId: REASON_ID },
    ],
    [indicatorId, stored.rating, stored.reason],
  );
  useStoredValues({ auditId, stored: storedValues, container: form, getValues, setValue });
  const status: SaveStatus = useSaveStatus({ auditId, kind: 'agreement' });

  // `base` is what storage holds now, so that a replayed journal can tell a conflict from a plain change.
  const saveRating = (rating: Rating) => recordEdit(auditId, makeEdit('agreement', indicatorId, 'rating', rating, stored.rating, Date.now()));
  const saveReason = (reason: string) => recordEdit(auditId, makeEdit('agreement', indicatorId, 'reason', reason, stored.reason, Date.now()));

  return {
    form,
    status,
    /** Props for the control of one field, saving each change as it is made. */
    field: (name: keyof AgreeValues) =>
      register(name, {
        onChange: (event: ChangeEvent<HTMLInputElement>) => (name === 'rating' ? saveRating(toRating(event.target.value)) : saveReason(event.target.value)),
      }),
    /** A level chosen by its number key: the radios show it, and it is saved. */
    choose: (rating: Rating) => {
      setValue('rating', toField(rating));
      saveRating(rating);
    },
    /** Back to "not agreed": the median stands in again. */
    clear: () => {
      setValue('rating', '');
      setValue('reason', '');
      saveRating(null);
      saveReason('');
    },
  };
}
