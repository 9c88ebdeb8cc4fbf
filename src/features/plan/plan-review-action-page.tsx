/**
 * One action at a review: what it is and what was recorded last time, then
 * the controls for this review. Opening the page starts the action's review
 * for the day (or picks up the one already started), so a reload, or coming
 * back, finds what was typed.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ActionReviewForm } from '../../components/action-review-form';
import { AuditNotFound } from '../../components/audit-not-found';
import { ErrorSummary } from '../../components/error-summary';
import { LastReview } from '../../components/last-review';
import { usePageTitle } from '../../components/use-page-title';
import { checkReviewDate } from '../../core/action-reviews';
import { formatDate, todayIsoDate } from '../../core/format-date';
import type { PlanSources } from '../../core/plan-report';
import { previousReview, reviewOn, reviewSteps } from '../../core/plan-review-flow';
import { usePlanSources } from '../../hooks/plan-hooks';
import { paths } from '../../lib/paths';
import { startActionReview } from '../../operations/plan';
import './plan.scss';

export function PlanReviewActionPage() {
  const { auditId = '', reviewedOn = '', actionId = '' } = useParams();
  const sources = usePlanSources(auditId);
  if (sources === null) return <AuditNotFound />;
  if (!sources) return <p className="govuk-body">Loading…</p>;
  const problem = checkReviewDate(reviewedOn, todayIsoDate());
  const steps = reviewSteps(sources.toolkit, sources.audit.priorityDomainIds, sources.actions);
  const index = steps.findIndex((step) => step.action.id === actionId);
  if (problem || index < 0) return <CannotReview auditId={auditId} problem={problem ?? 'That action is not in the plan. It may have been deleted'} />;
  return <ReviewAction key={`${reviewedOn}:${actionId}`} sources={sources} reviewedOn={reviewedOn} index={index} />;
}

function CannotReview({ auditId, problem }: { auditId: string; problem: string }) {
  usePageTitle('Review the plan');
  return (
    <>
      <h1 className="govuk-heading-l">Review the plan</h1>
      <p className="govuk-body">{problem}.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.planReview(auditId)}>
          Start the review again
        </Link>
      </p>
    </>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-plan-text">{children || <span className="app-plan-empty">Not written yet</span>}</dd>
    </div>
  );
}

function ReviewAction({ sources, reviewedOn, index }: { sources: PlanSources; reviewedOn: string; index: number }) {
  const { audit, toolkit, actions, actionReviews } = sources;
  const steps = reviewSteps(toolkit, audit.priorityDomainIds, actions);
  const { action, number, sectionTitle } = steps[index]!;
  const [failure, setFailure] = useState<string | null>(null);
  usePageTitle(`Review the plan: action ${number} of ${steps.length}`);
  useEffect(() => {
    startActionReview(audit.id, action.id, reviewedOn).catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  }, [audit.id, action.id, reviewedOn]);
  const review = reviewOn(actionReviews, action.id, reviewedOn);
  const previous = steps[index - 1];
  const next = steps[index + 1];

  return (
    <>
      <ErrorSummary title="This review could not be started" description={failure} />
      <span className="govuk-caption-l">Review of {formatDate(reviewedOn)}</span>
      <h1 className="govuk-heading-l">
        Action {number} of {steps.length}
      </h1>
      <dl className="govuk-summary-list">
        <Row label="Section">{sectionTitle}</Row>
        <Row label="Action">{action.action}</Row>
        <Row label="Success measure">{action.successMeasure}</Row>
        <Row label="Lead">{action.lead}</Row>
        <Row label="Target date">{formatDate(action.targetDate)}</Row>
      </dl>
      <h2 className="govuk-heading-m">Last time</h2>
      <LastReview review={previousReview(actionReviews, action.id, reviewedOn)} />
      <h2 className="govuk-heading-m" id="this-review">
        This review
      </h2>
      {review ? <ActionReviewForm key={review.id} review={review} labelledBy="this-review" /> : <p className="govuk-body">Starting the review…</p>}
      <div className="govuk-button-group">
        {next ? (
          <Link className="govuk-button" to={paths.planReviewAction(audit.id, reviewedOn, next.action.id)}>
            Next action
          </Link>
        ) : (
          <Link className="govuk-button" to={paths.planReviewSummary(audit.id, reviewedOn)}>
            Finish
          </Link>
        )}
        {previous && (
          <Link className="govuk-link" to={paths.planReviewAction(audit.id, reviewedOn, previous.action.id)}>
            Previous action
          </Link>
        )}
      </div>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.plan(audit.id)}>
          Back to the development plan
        </Link>
      </p>
    </>
  );
}
