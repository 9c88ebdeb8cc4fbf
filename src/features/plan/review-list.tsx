import { useState } from 'react';
import type { PlanReview } from '../../core/plan-reviews';
import { saveEditsNow } from '../../operations/answers';
import { addReviewDate, deleteReviewDate, undoDeleteReviewDate } from '../../operations/plan';
import { ReviewItem } from './review-item';
import type { Undoable } from './undo-banner';

interface ReviewListProps {
  auditId: string;
  reviews: readonly PlanReview[];
  onDeleted: (undoable: Undoable) => void;
  onFailure: (message: string) => void;
}

/** When the plan will be looked at again, and by whom: the accountability the plan is for. */
export function ReviewList({ auditId, reviews, onDeleted, onFailure }: ReviewListProps) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const fail = (error: unknown) => onFailure(error instanceof Error ? error.message : String(error));
  const add = () =>
    addReviewDate(auditId, { when: '', who: '', note: '' }).then((review) => setFocusId(review.id), fail);
  // What was typed into the progress check is saved first, so that undo brings it back too.
  const remove = (review: PlanReview, number: number) =>
    saveEditsNow()
      .then(() => deleteReviewDate(review.id))
      .then(
        (deleted) =>
          onDeleted({
            message: `Progress check ${number} deleted${deleted.when ? ` (${deleted.when})` : ''}.`,
            undo: async () => {
              await undoDeleteReviewDate(deleted);
              setFocusId(deleted.id);
            },
          }),
        fail,
      );

  return (
    <section aria-labelledby="reviews-title" className="govuk-!-margin-top-8">
      <h2 className="govuk-heading-l" id="reviews-title">
        Progress checks
      </h2>
      <p className="govuk-body">When the plan will be looked at again, and by whom. Progress on each action is recorded at each check.</p>
      {reviews.length === 0 && <p className="govuk-inset-text">No progress checks have been set yet.</p>}
      <ol className="govuk-list">
        {reviews.map((review, index) => (
          <ReviewItem key={review.id} review={review} number={index + 1} hasFocus={focusId === review.id} onDelete={() => void remove(review, index + 1)} />
        ))}
      </ol>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void add()}>
        Add a progress check
      </button>
    </section>
  );
}
