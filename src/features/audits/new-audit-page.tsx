import { useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { useIsLive } from '../../components/prerendering';
import { usePageTitle } from '../../components/use-page-title';
import { todayIsoDate } from '../../core/format-date';
import { offersQuickReview } from '../../core/review-scope';
import { paths } from '../../lib/paths';
import { requestPersistentStorage } from '../../lib/storage-persistence';
import { useLastSchool } from '../../hooks/audit-hooks';
import { startableEntries } from '../../core/toolkit-catalogue';
import { useCatalogue } from '../../hooks/use-toolkits';
import { startAudit } from '../../operations/audits';
import { listShippedToolkits } from '../../operations/toolkits';
import { AuditDetailsFields, detailsErrorItems } from './audit-details-fields';
import { ReviewScopeFields } from './review-scope-fields';
import { useAuditDetailsForm } from './use-audit-details-form';

/** What the page needs before it draws: the shipped toolkits (the device's own may follow). */
export function prepareNewAuditPage(): Promise<unknown> {
  return listShippedToolkits();
}

export function NewAuditPage() {
  usePageTitle('Start a new self-evaluation');
  const isLive = useIsLive();
  // Drawn before the database answers: toolkits installed here, and the school last used, arrive a moment later.
  const catalogue = useCatalogue({ keptMayFollow: true });
  const offered = catalogue.state === 'ready' ? startableEntries(catalogue.value) : [];
  const navigate = useNavigate();
  // The school is remembered from the most recently edited audit.
  const lastSchool = useLastSchool() ?? '';

  const { register, watch, errors, isSubmitting, isSubmitted, onSubmit, saveError } = useAuditDetailsForm(
    // The build's own date would be wrong by the time anyone reads the drawn copy.
    { toolkitId: '', school: lastSchool, title: '', date: isLive ? todayIsoDate() : '', participants: '', scope: 'full' },
    async (values) => {
      const toolkit = offered.find((entry) => entry.toolkit.id === values.toolkitId)?.toolkit;
      if (!toolkit) return;
      // A scope chosen for one toolkit does not follow to one with no quick review.
      const audit = await startAudit(toolkit, { ...values, scope: offersQuickReview(toolkit) ? values.scope : 'full' });
      // There is now work to lose, and a click to ask on: ask the browser to keep it.
      // Not awaited, as a browser may wait for the person to answer a prompt.
      void requestPersistentStorage();
      await navigate(paths.audit(audit.id));
    },
    true,
  );

  if (catalogue.state === 'loading') {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Start a new self-evaluation</h1>
          <p className="govuk-body">Loading toolkits…</p>
        </div>
      </div>
    );
  }
  if (catalogue.state === 'failed') throw catalogue.error;
  const { problems } = catalogue.value;
  const toolkits = offered.map((entry) => entry.toolkit);
  const chosen = toolkits.find((toolkit) => toolkit.id === watch('toolkitId'));

  const summary = [
    ...(errors.toolkitId ? [{ href: `toolkit-${toolkits[0]?.id ?? ''}`, message: errors.toolkitId.message ?? '' }] : []),
    ...detailsErrorItems(errors),
  ];

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {isSubmitted && <ErrorSummary errors={summary} />}
        <ErrorSummary title="Your self-evaluation could not be created" description={saveError} />
        <h1 className="govuk-heading-l">Start a new self-evaluation</h1>
        {problems.length > 0 && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <div className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              {problems.length === 1 ? 'One toolkit file could not be used' : `${problems.length} toolkit files could not be used`}, so{' '}
              {problems.length === 1 ? 'it is' : 'they are'} not offered here:
              <ul className="govuk-list govuk-list--bullet">
                {problems.map((problem) => (
                  <li key={problem.file}>
                    {problem.file}: {problem.problems.slice(0, 3).join('; ')}
                    {problem.problems.length > 3 && ` (and ${problem.problems.length - 3} more)`}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        )}
        <form onSubmit={(event) => void onSubmit(event)} noValidate inert={!isLive || undefined}>
          <div className={`govuk-form-group${errors.toolkitId ? ' govuk-form-group--error' : ''}`}>
            <fieldset className="govuk-fieldset" aria-describedby={errors.toolkitId ? 'toolkit-error' : undefined}>
              <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Which toolkit do you want to use?</legend>
              {errors.toolkitId && (
                <p id="toolkit-error" className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {errors.toolkitId.message}
                </p>
              )}
              <div className="govuk-radios">
                {offered.map(({ toolkit, isShipped }) => (
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
                      {!isShipped && ` Version ${toolkit.version}, installed on this device.`}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
          </div>
          {chosen && <ReviewScopeFields toolkit={chosen} register={register} />}
          <AuditDetailsFields register={register} errors={errors} showSchool />
          <button type="submit" className="govuk-button" disabled={isSubmitting}>
            Start self-evaluation
          </button>
        </form>
      </div>
    </div>
  );
}
