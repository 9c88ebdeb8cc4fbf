import { useEffect } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { AnswersByIndicator, Audit } from '../../core/audit';
import { auditProgress } from '../../core/progress';
import type { Toolkit, ToolkitDomain } from '../../core/toolkit-schema';
import { toAnswerChange, toFormValues, type DomainFormValues } from './answer-form-values';
import { IndicatorFieldset } from './indicator-fieldset';
import { SaveStatusMessage } from './save-status';
import { useAutosave } from './use-autosave';

interface DomainFormProps {
  audit: Audit;
  toolkit: Toolkit;
  domain: ToolkitDomain;
  answers: AnswersByIndicator;
}

export function DomainForm({ audit, toolkit, domain, answers }: DomainFormProps) {
  const { register, subscribe } = useForm<DomainFormValues>({ defaultValues: toFormValues(domain, answers) });
  const { status, queue } = useAutosave(audit.id);

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        callback: ({ values, name }) => {
          const indicatorId = name?.split('.')[0];
          if (indicatorId) queue(toAnswerChange(indicatorId, values[indicatorId]));
        },
      }),
    [subscribe, queue],
  );

  const index = toolkit.domains.findIndex((candidate) => candidate.id === domain.id);
  const previous = toolkit.domains[index - 1];
  const next = toolkit.domains[index + 1];
  const progress = auditProgress(toolkit, answers);
  const domainProgress = progress.domains[domain.id];

  return (
    <>
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">{domain.title}</h1>
      <p className="govuk-body-l">{domain.description}</p>
      <p className="govuk-body">
        Section {index + 1} of {toolkit.domains.length}. {domainProgress?.answered ?? 0} of {domainProgress?.total ?? 0} answered in
        this section; {progress.answered} of {progress.total} overall.
      </p>
      <SaveStatusMessage status={status} />
      <form onSubmit={(event) => event.preventDefault()} noValidate aria-label={domain.title}>
        {domain.indicators.map((indicator, position) => (
          <IndicatorFieldset key={indicator.id} toolkit={toolkit} indicator={indicator} number={position + 1} register={register} />
        ))}
      </form>
      <nav className="app-button-row" aria-label="Sections">
        {previous && (
          <Link className="govuk-button govuk-button--secondary" to={`/audits/${audit.id}/domains/${previous.id}`}>
            Previous: {previous.shortTitle}
          </Link>
        )}
        {next ? (
          <Link className="govuk-button" to={`/audits/${audit.id}/domains/${next.id}`}>
            Next: {next.shortTitle}
          </Link>
        ) : (
          <Link className="govuk-button" to={`/audits/${audit.id}/results`}>
            See the results
          </Link>
        )}
      </nav>
    </>
  );
}
