import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { AuditDetailsForm } from './audit-details-fields';

/**
 * The form behind the three pages that ask for an audit's details (new audit,
 * rename, next review): checked on submit, then saved; a failure to save is
 * kept for the page's error panel and what was typed stays in the form.
 * `followValues`: the starting values may still arrive (the remembered school),
 * and fill only the fields nobody has typed in.
 */
export function useAuditDetailsForm(values: AuditDetailsForm, save: (checked: AuditDetailsForm) => Promise<void>, followValues = false) {
  const [saveError, setSaveError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors, isSubmitting, isSubmitted },
  } = useForm<AuditDetailsForm>({
    shouldFocusError: false, // the error summary takes focus, as GOV.UK asks
    ...(followValues ? { values, resetOptions: { keepDirtyValues: true } } : { defaultValues: values }),
  });
  const onSubmit = handleSubmit(async (checked) => {
    try {
      setSaveError(null);
      await save(checked);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  });
  return { register, watch, errors, isSubmitting, isSubmitted, onSubmit, saveError };
}
