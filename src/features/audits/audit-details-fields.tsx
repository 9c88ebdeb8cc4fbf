import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import type { ErrorSummaryItem } from '../../components/error-summary';
import type { ReviewScope } from '../../core/review-scope';
import { TextField } from '../../components/text-field';

/**
 * The details every audit has. One shape for the three forms that ask for
 * them: only a new audit asks for the toolkit, and the school is fixed when
 * starting the next self-evaluation from an earlier one.
 */
export interface AuditDetailsForm {
  toolkitId: string;
  school: string;
  title: string;
  date: string;
  participants: string;
  /** Asked only when starting one, and only for a toolkit that offers a quick review. */
  scope: ReviewScope;
}

interface AuditDetailsFieldsProps {
  register: UseFormRegister<AuditDetailsForm>;
  errors: FieldErrors<AuditDetailsForm>;
  showSchool: boolean;
  titleHint?: string;
  participantsLabel?: string;
}

export function AuditDetailsFields({ register, errors, showSchool, titleHint = 'For example, Autumn 2026', participantsLabel = 'Who is taking part? (optional)' }: AuditDetailsFieldsProps) {
  return (
    <>
      {showSchool && (
        <TextField
          id="school"
          label="School name"
          autoComplete="organization"
          error={errors.school?.message}
          registration={register('school', { validate: (value) => value.trim() !== '' || 'Enter the name of your school' })}
        />
      )}
      <TextField
        id="title"
        label="Title of this self-evaluation"
        hint={titleHint}
        error={errors.title?.message}
        registration={register('title', { validate: (value) => value.trim() !== '' || 'Enter a title for this self-evaluation' })}
      />
      <TextField
        id="date"
        label="Date"
        type="date"
        className="govuk-input--width-10"
        error={errors.date?.message}
        registration={register('date', { required: 'Enter the date of the self-evaluation' })}
      />
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="participants">
          {participantsLabel}
        </label>
        <div id="participants-hint" className="govuk-hint">
          Names or roles, for example head teacher, attendance lead, chair of governors
        </div>
        <textarea id="participants" className="govuk-textarea" rows={3} aria-describedby="participants-hint" {...register('participants')} />
      </div>
    </>
  );
}

/** The error summary's links, in the order the fields appear. */
export function detailsErrorItems(errors: FieldErrors<AuditDetailsForm>): ErrorSummaryItem[] {
  return (['school', 'title', 'date'] as const).flatMap((field) => {
    const message = errors[field]?.message;
    return message ? [{ href: field, message }] : [];
  });
}
