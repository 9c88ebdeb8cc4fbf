import { describeReview, type ActionReview } from '../../core/action-reviews';

/** An action's reviews, latest first (the plan's PDF and Word list them oldest first, as a record; on screen the latest matters most). */
export function ActionHistory({ history, number }: { history: readonly ActionReview[]; number: number }) {
  return (
    <ol className="govuk-list app-plan-history" reversed aria-label={`Reviews of action ${number}, latest first`}>
      {[...history].reverse().map((review) => {
        const entry = describeReview(review);
        return (
          <li key={review.id}>
            <p className="govuk-body govuk-!-margin-bottom-1">
              <strong>Reviewed {entry.dateText}</strong> — {entry.statusLabel} — Success measure: {entry.measureLabel}
            </p>
            {entry.note && <p className="govuk-body govuk-!-margin-bottom-1">{entry.note}</p>}
            {entry.evidence && <p className="govuk-body govuk-!-margin-bottom-1">Evidence seen: {entry.evidence}</p>}
          </li>
        );
      })}
    </ol>
  );
}
