/**
 * Reviewing the plan in meeting mode: one action per slide in large type,
 * what was recorded last time, and the controls for today's review. Clicker
 * keys move between actions as they do between statements when agreeing the
 * ratings; opening a slide starts that action's review for today, and every
 * change goes through the one save path.
 */
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ActionReviewForm } from '../../components/action-review-form';
import { ErrorBoundary } from '../../components/error-boundary';
import { usePageTitle } from '../../components/use-page-title';
import { formatDate, todayIsoDate } from '../../core/format-date';
import type { PlanSources } from '../../core/plan-report';
import { previousReview, reviewOn, reviewSteps } from '../../core/plan-review-flow';
import { usePlanSources } from '../../hooks/plan-hooks';
import { paths } from '../../lib/paths';
import { startActionReview } from '../../operations/plan';
import { MeetingControls } from './meeting-controls';
import { MeetingNotFound } from './meeting-not-found';
import { PlanReviewSlide } from './plan-review-slide';
import { useMeetingExit } from './use-meeting-exit';
import { usePresenterKeys } from './use-presenter-keys';
import { useSlideSteps } from './use-slide-steps';
import './meeting.css';
import './agree.css';
import './plan-review.css';

export function PlanReviewPage() {
  return (
    <div className="app-meeting">
      <ErrorBoundary>
        <Loaded />
      </ErrorBoundary>
    </div>
  );
}

function Loaded() {
  const { auditId = '' } = useParams();
  const sources = usePlanSources(auditId);
  if (sources === null) return <MeetingNotFound />;
  if (!sources) return <p className="app-meeting__main">Loading…</p>;
  return sources.actions.length === 0 ? <NothingToReview auditId={auditId} /> : <ReviewShow sources={sources} />;
}

function NothingToReview({ auditId }: { auditId: string }) {
  usePageTitle('Review the plan – meeting mode');
  return (
    <main className="app-meeting__main" id="main-content">
      <h1 className="app-meeting__title">Review the plan</h1>
      <p>There are no actions in the plan to review yet.</p>
      <ul className="app-meeting__links">
        <li>
          <Link to={paths.meeting(auditId)}>Back to meeting mode</Link>
        </li>
        <li>
          <Link to={paths.plan(auditId)}>Go to the development plan</Link>
        </li>
      </ul>
    </main>
  );
}

function ReviewShow({ sources }: { sources: PlanSources }) {
  const { audit, toolkit, actions, actionReviews } = sources;
  const [searchParams, setSearchParams] = useSearchParams();
  const main = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // The day is fixed as the page opens, so a meeting that runs past midnight keeps one review.
  const [today] = useState(todayIsoDate);
  // Kept with the action it is about, so that moving on leaves it behind.
  const [failure, setFailure] = useState<{ actionId: string; message: string } | null>(null);
  const steps = reviewSteps(toolkit, audit.priorityDomainIds, actions);
  const index = Math.max(
    steps.findIndex((step) => step.action.id === searchParams.get('action')),
    0,
  );
  const step = steps[index]!;
  const actionId = step.action.id;

  const { leave, fullscreen } = useMeetingExit(audit.id, undefined);
  const slides = useSlideSteps(index, steps.length, (next) => setSearchParams((params) => (params.set('action', steps[next]!.action.id), params), { replace: true }));
  usePresenterKeys({ ...slides, leave });
  useEffect(() => {
    startActionReview(audit.id, actionId, today).catch((error: unknown) => setFailure({ actionId, message: error instanceof Error ? error.message : String(error) }));
  }, [audit.id, actionId, today]);
  // A new action's form replaces the last one's: focus that was in it (or nowhere) goes to the new action's heading.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || main.current?.contains(focused)) heading.current?.focus({ preventScroll: true });
    main.current?.scrollTo({ top: 0 });
  }, [actionId]);
  usePageTitle(`Review the plan: action ${step.number} of ${steps.length} – meeting mode`);

  // Esc in a field goes back to the slide, where the clicker's arrow keys work again.
  const onFieldKey = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape' || !(event.target instanceof HTMLInputElement || event.target instanceof HTMLTextAreaElement)) return;
    event.preventDefault();
    heading.current?.focus({ preventScroll: true });
  };
  const review = reviewOn(actionReviews, actionId, today);

  return (
    <>
      <main className="app-meeting__main app-agree__main" id="main-content" aria-labelledby="slide-title" ref={main} tabIndex={0}>
        <PlanReviewSlide step={step} count={steps.length} previous={previousReview(actionReviews, actionId, today)} heading={heading}>
          <div className="app-agree__decision">
            <h2 className="app-meeting__subtitle" id="decision-title">
              This review, {formatDate(today)}
            </h2>
            {failure?.actionId === actionId && <p role="alert">This review could not be started. {failure.message}</p>}
            {review && <ActionReviewForm key={review.id} review={review} labelledBy="decision-title" onKeyDown={onFieldKey} />}
          </div>
        </PlanReviewSlide>
      </main>
      <MeetingControls
        slide={index}
        slideCount={steps.length}
        slideName={`action ${step.number}`}
        fullscreen={fullscreen}
        onPrevious={slides.previous}
        onNext={slides.next}
        onLeave={leave}
        hint="Arrows or Page Up/Down move; in a field, Page Up/Down. Esc leaves a field, then meeting mode."
      >
        <Link className="app-meeting__button" to={paths.meeting(audit.id)}>
          Back to the slides
        </Link>
      </MeetingControls>
    </>
  );
}
