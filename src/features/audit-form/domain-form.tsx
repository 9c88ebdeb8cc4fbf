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
import { recordEdit, saveEditsNow } from '../../operations/answers';
import type { ReflectionsByDomain } from '../../operations/audits';
import { fieldToRating, toFormValues, type DomainFormValues } from './answer-form-values';
import { AuditContents } from './audit-contents';
import { CompleteBanner } from './complete-banner';
import { IndicatorFieldset } from './indicator-fieldset';
import { IndicatorPlan } from './indicator-plan';
import { afterSections, noteEdit, ratingEdit, saveScope, sectionPath, type Rater } from './rater';
import { RaterHeader } from './rater-header';
import { ReflectionFields } from './reflection-fields';
import { useStoredChanges } from './use-stored-changes';

interface DomainFormProps {
  audit: Audit;
  toolkit: Toolkit;
  domain: ToolkitDomain;
  /** The rater's own answers: the lead's, or those of the one person rating in turn. */
  answers: AnswersByIndicator;
  /** The lead's reflections; only the lead is asked for them. */
  reflections: ReflectionsByDomain;
  rater: Rater;
}

/**
 * One domain of an audit, rated by the lead or by someone in turn on the
 * lead's device. Every change is queued for autosave the moment it is made;
 * there is no save button. Someone rating in turn sees the same statements,
 * levels and prompts, with no plan, reflections or results: their moves
 * replace the page in the history, so that Back never brings up the page of
 * whoever rated before them.
 */
export function DomainForm({ audit, toolkit, domain, answers, reflections, rater }: DomainFormProps) {
  const isLead = rater.kind === 'lead';
  const { register, getValues, setValue } = useForm<DomainFormValues>({ defaultValues: toFormValues(domain, answers, isLead ? reflections : {}) });
  const form = useRef<HTMLFormElement>(null);
  useStoredChanges({ auditId: audit.id, rater, domain, answers, reflections: isLead ? reflections : null, form, getValues, setValue });

  const onRatingChange = (indicatorId: string, value: string) => recordEdit(audit.id, ratingEdit(rater, indicatorId, fieldToRating(value), answers[indicatorId]?.rating ?? null));
  const onNoteChange = (indicatorId: string, value: string) => recordEdit(audit.id, noteEdit(rater, indicatorId, value, answers[indicatorId]?.note ?? ''));
  const onReflectionChange = (field: ReflectionField, value: string) =>
    recordEdit(audit.id, makeEdit('reflection', domain.id, field, value, reflections[domain.id]?.[field] ?? '', Date.now()));
  const status = useSaveStatus(saveScope(rater, audit.id));
  const plan = usePlanActions(audit.id);

  const index = toolkit.domains.findIndex((candidate) => candidate.id === domain.id);
  const previous = toolkit.domains[index - 1];
  const next = toolkit.domains[index + 1];
  const end = afterSections(rater, audit.id);
  const progress = auditProgress(toolkit, answers);
  const domainProgress = progress.domains[domain.id] ?? { answered: 0, total: domain.indicators.length };

  return (
    <>
      {rater.kind === 'lead' ? <EvaluationNav auditId={audit.id} current="rate" /> : <RaterHeader name={rater.respondent.name} groupTitle={rater.groupTitle} />}
      <div className="govuk-grid-row app-form-layout">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">
            {audit.school}: {audit.title}
          </span>
          <h1 className="govuk-heading-l">{domain.title}</h1>
          {isLead && audit.status === 'complete' && <CompleteBanner auditId={audit.id} />}
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
                toolkit={toolkit}
                indicator={indicator}
                number={position + 1}
                register={register}
                onRatingChange={onRatingChange}
                onNoteChange={onNoteChange}
              >
                {isLead && (
                  <IndicatorPlan
                    auditId={audit.id}
                    domainId={domain.id}
                    indicator={indicator}
                    number={position + 1}
                    rating={answers[indicator.id]?.rating ?? null}
                    levels={toolkit.scale.levels}
                    plan={plan}
                  />
                )}
              </IndicatorFieldset>
            ))}
            {isLead && <ReflectionFields domain={domain} register={register} onChange={onReflectionChange} />}
          </form>
          <nav className="app-button-row" aria-label="Previous and next section">
            {previous && (
              <Link className="govuk-button govuk-button--secondary" to={sectionPath(rater, audit.id, previous.id)} replace={!isLead}>
                Previous: {previous.shortTitle}
              </Link>
            )}
            <Link className="govuk-button" to={next ? sectionPath(rater, audit.id, next.id) : end.to} replace={!isLead}>
              {next ? `Next: ${next.shortTitle}` : `Next: ${end.label.toLowerCase()}`}
            </Link>
          </nav>
        </div>
        {/*
          Beside the form, not over it: below the contents, the save status stays in view while the
          form scrolls, and never covers a word of it.
        */}
        <div className="govuk-grid-column-one-third">
          <AuditContents auditId={audit.id} toolkit={toolkit} progress={progress} rater={rater} currentDomainId={domain.id} />
          <SaveStatusMessage status={status} onRetry={() => void saveEditsNow()} layout="page" />
        </div>
      </div>
    </>
  );
}
