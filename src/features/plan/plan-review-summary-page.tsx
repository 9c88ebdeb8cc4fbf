/** After a review: each action with its status at this review and what changed since the last, and the way back to the plan. */
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { AuditNotFound } from '../../components/audit-not-found';
import { usePageTitle } from '../../components/use-page-title';
import { MEASURE_MET_LABELS, MEASURE_NOT_SAID } from '../../core/action-reviews';
import { formatDate } from '../../core/format-date';
import type { PlanSources } from '../../core/plan-report';
import { reviewSteps, summariseReview } from '../../core/plan-review-flow';
import { usePlanSources } from '../../hooks/plan-hooks';
import { paths } from '../../lib/paths';
import { StatusTag } from './status-tag';
import './plan.scss';

export function PlanReviewSummaryPage() {
  const { auditId = '', reviewedOn = '' } = useParams();
  usePageTitle(`The review on ${formatDate(reviewedOn)}`);
  const sources = usePlanSources(auditId);
  if (sources === null) return <AuditNotFound />;
  if (!sources) return <p className="govuk-body">Loading…</p>;
  return <ReviewSummary sources={sources} reviewedOn={reviewedOn} />;
}

function ReviewSummary({ sources, reviewedOn }: { sources: PlanSources; reviewedOn: string }) {
  const { audit, toolkit, actions, actionReviews } = sources;
  const changes = summariseReview(reviewSteps(toolkit, audit.priorityDomainIds, actions), actionReviews, reviewedOn);
  const reviewed = changes.filter((change) => change.review).length;
  return (
    <>
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">The review on {formatDate(reviewedOn)}</h1>
      <p className="govuk-body">
        {reviewed} of {changes.length} {changes.length === 1 ? 'action' : 'actions'} reviewed. What changed compares each action’s status with the review before this one.
      </p>
      <ol className="govuk-list app-plan-list">
        {changes.map(({ step, review, now, changeText }) => (
          <li className="govuk-summary-card app-plan-card" key={step.action.id}>
            <div className="govuk-summary-card__title-wrapper">
              <h2 className="govuk-summary-card__title">Action {step.number}</h2>
              <ul className="govuk-summary-card__actions">
                <li className="govuk-summary-card__action">
                  <Link className="govuk-link" to={paths.planReviewAction(audit.id, reviewedOn, step.action.id)}>
                    {review ? 'Change' : 'Review'}
                    <span className="govuk-visually-hidden"> action {step.number}</span>
                  </Link>
                </li>
              </ul>
            </div>
            <div className="govuk-summary-card__content">
              <dl className="govuk-summary-list govuk-!-margin-bottom-0">
                <SummaryRow label="Action">{step.action.action || 'Not written yet'}</SummaryRow>
                <SummaryRow label="Status">
                  <StatusTag status={now} />
                </SummaryRow>
                <SummaryRow label="What changed">{changeText}</SummaryRow>
                {review && <SummaryRow label="Success measure">{review.measureMet ? MEASURE_MET_LABELS[review.measureMet] : MEASURE_NOT_SAID}</SummaryRow>}
                {review?.note.trim() && <SummaryRow label="Progress note">{review.note.trim()}</SummaryRow>}
                {review?.evidence.trim() && <SummaryRow label="Evidence seen">{review.evidence.trim()}</SummaryRow>}
              </dl>
            </div>
          </li>
        ))}
      </ol>
      <p className="govuk-body">
        <Link className="govuk-button" to={paths.plan(audit.id)}>
          Back to the development plan
        </Link>
      </p>
    </>
  );
}

function SummaryRow({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value app-plan-text">{children}</dd>
    </div>
  );
}
