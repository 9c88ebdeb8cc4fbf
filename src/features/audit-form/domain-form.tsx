import { useRef } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import type { AnswersByIndicator, Audit } from '../../core/audit';
import { makeEdit, type ReflectionField } from '../../core/audit-edit';
import { auditProgress } from '../../core/progress';
import type { Toolkit, ToolkitDomain } from '../../core/toolkit-schema';
import { EvaluationNav } from '../../components/evaluation-nav';
import { GlossaryList, GlossaryText } from '../../components/glossary-text';
import { SaveStatusMessage } from '../../components/save-status';
import { usePlanActions } from '../../hooks/plan-hooks';
import { useSaveStatus } from '../../hooks/save-status';
import { paths } from '../../lib/paths';
import { recordEdit, saveEditsNow } from '../../operations/answers';
import type { ReflectionsByDomain } from '../../operations/audits';
import { fieldToRating, toFormValues, type DomainFormValues } from './answer-form-values';
import { AuditContents } from './audit-contents';
import { CompleteBanner } from './complete-banner';
import { IndicatorFieldset } from './indicator-fieldset';
import { ReflectionFields } from './reflection-fields';
import { useStoredChanges } from './use-stored-changes';

interface DomainFormProps {
  audit: Audit;
  toolkit: Toolkit;
  domain: ToolkitDomain;
  answers: AnswersByIndicator;
  reflections: ReflectionsByDomain;
}

/** One domain of an audit. Every change is queued for autosave the moment it is made; there is no save button. */
export function DomainForm({ audit, toolkit, domain, answers, reflections }: DomainFormProps) {
  const { register, getValues, setValue } = useForm<DomainFormValues>({ defaultValues: toFormValues(domain, answers, reflections) });
  const form = useRef<HTMLFormElement>(null);
  useStoredChanges({ auditId: audit.id, domain, answers, reflections, form, getValues, setValue });

  // `base` is what storage holds now, so that a replayed journal can tell a conflict from a plain change.
  const onRatingChange = (indicatorId: string, value: string) =>
    recordEdit(audit.id, makeEdit('answer', indicatorId, 'rating', fieldToRating(value), answers[indicatorId]?.rating ?? null, Date.now()));
  const onNoteChange = (indicatorId: string, value: string) =>
    recordEdit(audit.id, makeEdit('answer', indicatorId, 'note', value, answers[indicatorId]?.note ?? '', Date.now()));
  const onReflectionChange = (field: ReflectionField, value: string) =>
    recordEdit(audit.id, makeEdit('reflection', domain.id, field, value, reflections[domain.id]?.[field] ?? '', Date.now()));
  const status = useSaveStatus({ auditId: audit.id });
  const plan = usePlanActions(audit.id);

  const index = toolkit.domains.findIndex((candidate) => candidate.id === domain.id);
  const previous = toolkit.domains[index - 1];
  const next = toolkit.domains[index + 1];
  const progress = auditProgress(toolkit, answers);
  const domainProgress = progress.domains[domain.id] ?? { answered: 0, total: domain.indicators.length };

  return (
    <>
      <EvaluationNav auditId={audit.id} current="rate" />
      <div className="govuk-grid-row app-form-layout">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">
            {audit.school}: {audit.title}
          </span>
          <h1 className="govuk-heading-l">{domain.title}</h1>
          {audit.status === 'complete' && <CompleteBanner auditId={audit.id} />}
          <p className="govuk-body-l">
            <GlossaryText text={domain.description} glossary={toolkit.glossary} />
          </p>
          <p className="govuk-body app-progress">
            Section {index + 1} of {toolkit.domains.length}: {domainProgress.answered} of {domainProgress.total} answered.{' '}
            <br />
            Whole self-evaluation: {progress.answered} of {progress.total} answered.
          </p>
          <GlossaryList glossary={toolkit.glossary} />
          <form ref={form} onSubmit={(event) => event.preventDefault()} noValidate aria-label={domain.title}>
            {domain.indicators.map((indicator, position) => (
              <IndicatorFieldset
                key={indicator.id}
                auditId={audit.id}
                toolkit={toolkit}
                domainId={domain.id}
                indicator={indicator}
                rating={answers[indicator.id]?.rating ?? null}
                plan={plan}
                number={position + 1}
                register={register}
                onRatingChange={onRatingChange}
                onNoteChange={onNoteChange}
              />
            ))}
            <ReflectionFields domain={domain} register={register} onChange={onReflectionChange} />
          </form>
          <nav className="app-button-row" aria-label="Previous and next section">
            {previous && (
              <Link className="govuk-button govuk-button--secondary" to={paths.domain(audit.id, previous.id)}>
                Previous: {previous.shortTitle}
              </Link>
            )}
            <Link className="govuk-button" to={next ? paths.domain(audit.id, next.id) : paths.checkAnswers(audit.id)}>
              {next ? `Next: ${next.shortTitle}` : 'Next: check your answers'}
            </Link>
          </nav>
        </div>
        {/*
          Beside the form, not over it: below the contents, the save status stays in view while the
          form scrolls, and never covers a word of it.
        */}
        <div className="govuk-grid-column-one-third">
          <AuditContents auditId={audit.id} toolkit={toolkit} progress={progress} currentDomainId={domain.id} />
          <SaveStatusMessage status={status} onRetry={() => void saveEditsNow()} layout="page" />
        </div>
      </div>
    </>
  );
}
