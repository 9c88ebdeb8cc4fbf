import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { TextField } from '../../components/text-field';
import { usePageTitle } from '../../components/use-page-title';
import { todayIsoDate } from '../../lib/format-date';
import { useToolkits } from '../../lib/use-toolkits';
import { useAuditSummaries } from '../../storage/hooks';
import { getStore } from '../../storage/store';

interface NewAuditForm {
  toolkitId: string;
  school: string;
  title: string;
  date: string;
  participants: string;
}

export function NewAuditPage() {
  usePageTitle('Start a new self-evaluation');
  const toolkits = useToolkits();
  const summaries = useAuditSummaries();
  const navigate = useNavigate();
  const [saveError, setSaveError] = useState<string | null>(null);
  const lastSchool = summaries?.[0]?.audit.school ?? '';

  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting, isSubmitted },
  } = useForm<NewAuditForm>({
    values: { toolkitId: '', school: lastSchool, title: '', date: todayIsoDate(), participants: '' },
    resetOptions: { keepDirtyValues: true },
  });

  if (toolkits.state === 'loading' || summaries === undefined) return <p className="govuk-body">Loading toolkits…</p>;
  if (toolkits.state === 'failed') throw toolkits.error;

  const onSubmit = handleSubmit(async (values) => {
    const toolkit = toolkits.value.find((candidate) => candidate.id === values.toolkitId);
    if (!toolkit) return;
    try {
      setSaveError(null);
      const audit = await getStore().createAudit(toolkit, values);
      await navigate(`/audits/${audit.id}`);
    } catch (error) {
      setSaveError(error instanceof Error ? error.message : String(error));
    }
  });

  const summary = [
    errors.toolkitId && { href: `toolkit-${toolkits.value[0]?.id ?? ''}`, message: errors.toolkitId.message ?? '' },
    errors.school && { href: 'school', message: errors.school.message ?? '' },
    errors.title && { href: 'title', message: errors.title.message ?? '' },
    errors.date && { href: 'date', message: errors.date.message ?? '' },
  ].filter((item) => !!item);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {isSubmitted && <ErrorSummary errors={summary} />}
        {saveError && (
          <div className="govuk-error-summary" role="alert">
            <h2 className="govuk-error-summary__title">Your self-evaluation could not be created</h2>
            <div className="govuk-error-summary__body">
              <p className="govuk-body">{saveError}</p>
            </div>
          </div>
        )}
        <h1 className="govuk-heading-l">Start a new self-evaluation</h1>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <div className={`govuk-form-group${errors.toolkitId ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby={errors.toolkitId ? 'toolkit-error' : undefined}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Which toolkit do you want to use?</legend>
              {errors.toolkitId && (
                <p id="toolkit-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errors.toolkitId.message}
                </p>
              )}
              <div className="govuk-radios">
                {toolkits.value.map((toolkit) => (
                  <div className="govuk-radios__item" key={toolkit.id}>
                    <input
                      className="govuk-radios__input"
                      id={`toolkit-${toolkit.id}`}
                      type="radio"
                      value={toolkit.id}
                      aria-describedby={`toolkit-${toolkit.id}-hint`}
                      {...register('toolkitId', { required: 'Select a toolkit' })}
                    />
                    <label className="govuk-label govuk-radios__label" htmlFor={`toolkit-${toolkit.id}`}>
                      {toolkit.title}
                    </label>
                    <div id={`toolkit-${toolkit.id}-hint`} className="govuk-hint govuk-radios__hint">
                      {toolkit.summary}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          <TextField
            id="school"
            label="School name"
            autoComplete="organization"
            error={errors.school?.message}
            registration={register('school', { validate: (v) => v.trim() !== '' || 'Enter the name of your school' })}
          />
          <TextField
            id="title"
            label="Title of this self-evaluation"
            hint="For example, Autumn 2026 review"
            error={errors.title?.message}
            registration={register('title', { validate: (v) => v.trim() !== '' || 'Enter a title for this self-evaluation' })}
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
              Who is taking part? (optional)
            </label>
            <div id="participants-hint" className="govuk-hint">
              Names or roles, for example head teacher, attendance lead, chair of governors
            </div>
            <textarea id="participants" className="govuk-textarea" rows={3} aria-describedby="participants-hint" {...register('participants')} />
          </div>
          <button type="submit" className="govuk-button" disabled={isSubmitting}>
            Start self-evaluation
          </button>
        </form>
      </div>
    </div>
  );
}
