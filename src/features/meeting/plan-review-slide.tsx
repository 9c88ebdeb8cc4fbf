import type { ReactNode, Ref } from 'react';
import type { ActionReview } from '../../core/action-reviews';
import { formatDate } from '../../core/format-date';
import type { ReviewStep } from '../../core/plan-review-flow';
import { LastReview } from '../../components/last-review';

interface PlanReviewSlideProps {
  step: ReviewStep;
  count: number;
  previous: ActionReview | null;
  /** The action's heading, which takes focus when the slide changes, so that a screen reader reads the new action. */
  heading: Ref<HTMLHeadingElement>;
  /** The form recording this review, beside the action. */
  children: ReactNode;
}

/** One action to review in the room: on the left the action, its success measure and what was said last time; on the right this review. */
export function PlanReviewSlide({ step, count, previous, heading, children }: PlanReviewSlideProps) {
  const { action, number, sectionTitle } = step;
  return (
    <div className="app-agree app-plan-review-slide">
      <div className="app-agree__case">
        <p className="app-meeting__kicker">
          Action {number} of {count} · Section: {sectionTitle}
        </p>
        <h1 className="app-agree__statement app-review-text" id="slide-title" tabIndex={-1} ref={heading}>
          {action.action || `Action ${number}`}
        </h1>
        <dl className="app-plan-review-slide__facts">
          <dt>Success measure</dt>
          <dd className="app-review-text">{action.successMeasure || 'Not written yet'}</dd>
          <dt>Lead</dt>
          <dd>{action.lead || 'Not written yet'}</dd>
          <dt>Target date</dt>
          <dd>{formatDate(action.targetDate) || 'Not written yet'}</dd>
        </dl>
        <h2 className="app-meeting__subtitle">Last time</h2>
        <LastReview review={previous} className="app-plan-review-slide__facts" />
      </div>
      {children}
    </div>
  );
}
