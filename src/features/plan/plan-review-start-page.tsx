/**
 * The way into reviewing the plan: the date of the review (today unless the
 * review took place earlier), then each action in turn. The date goes into
 * every address after this, so a reload keeps the place and the review.
 */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { AuditNotFound } from '../../components/audit-not-found';
import { ErrorSummary } from '../../components/error-summary';
import { usePageTitle } from '../../components/use-page-title';
import { checkReviewDate } from '../../core/action-reviews';
import { formatDate, todayIsoDate } from '../../core/format-date';
import type { PlanSources } from '../../core/plan-report';
import { datePartsOf, isoDateOf, reviewSteps } from '../../core/plan-review-flow';
import { usePlanSources } from '../../hooks/plan-hooks';
import { paths } from '../../lib/paths';
import { REVIEW_DATE_ID, ReviewDateInput } from './review-date-input';
import './plan.scss';

export function PlanReviewStartPage() {
  usePageTitle('Review the plan');
  const { auditId = '' } = useParams();
  const sources = usePlanSources(auditId);
  if (sources === null) return <AuditNotFound />;
  if (!sources) return <p className="govuk-body">Loading…</p>;
  return <ReviewStart sources={sources} />;
}

function ReviewStart({ sources }: { sources: PlanSources }) {
  const { audit, toolkit, actions, actionReviews } = sources;
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [date, setDate] = useState(() => datePartsOf(searchParams.get('on') ?? todayIsoDate()));
  const [error, setError] = useState<string | null>(null);
  const steps = reviewSteps(toolkit, audit.priorityDomainIds, actions);
  // Earlier reviews, latest first, to see again what each recorded.
  const earlier = [...new Set(actionReviews.map((review) => review.reviewedOn))].sort().reverse();

  const start = (event: FormEvent) => {
    event.preventDefault();
    const reviewedOn = isoDateOf(date);
    const problem = checkReviewDate(reviewedOn, todayIsoDate());
    setError(problem);
    if (!problem && steps[0]) void navigate(paths.planReviewAction(audit.id, reviewedOn, steps[0].action.id));
  };

  return (
    <>
      <ErrorSummary errors={error ? [{ href: `${REVIEW_DATE_ID}-day`, message: error }] : []} />
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">Review the plan</h1>
      {steps.length === 0 ? (
        <p className="govuk-body">There are no actions in the plan to review yet.</p>
      ) : (
        <>
          <p className="govuk-body">
            You will see each of the plan’s {steps.length === 1 ? 'action' : `${steps.length} actions`} in turn, with its success measure and what was recorded last time. For each, record where it
            stands now, whether its success measure is met, what has happened and the evidence you have seen.
          </p>
          <p className="govuk-body">Everything is saved as you go. Each review is kept with its date: nothing recorded at an earlier review is changed.</p>
          <form onSubmit={start} noValidate>
            <ReviewDateInput value={date} onChange={setDate} error={error} />
            <button type="submit" className="govuk-button">
              Start reviewing
            </button>
          </form>
        </>
      )}
      {earlier.length > 0 && (
        <>
          <h2 className="govuk-heading-m">Reviews so far</h2>
          <ul className="govuk-list">
            {earlier.map((reviewedOn) => (
              <li key={reviewedOn}>
                <Link className="govuk-link" to={paths.planReviewSummary(audit.id, reviewedOn)}>
                  The review on {formatDate(reviewedOn)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.plan(audit.id)}>
          Back to the development plan
        </Link>
      </p>
    </>
  );
}
