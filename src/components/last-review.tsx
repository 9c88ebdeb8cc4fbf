import { describeReview, type ActionReview } from '../core/action-reviews';
import './action-review.css';

/**
 * What was recorded about an action at its review before this one, or that
 * there was none: the reviewer starts from it. `className` lets meeting mode
 * set its own type.
 */
export function LastReview({ review, className = 'govuk-summary-list' }: { review: ActionReview | null; className?: string }) {
  if (!review) return <p className="govuk-body">Not reviewed before.</p>;
  const entry = describeReview(review);
  const rows: [string, string][] = [
    ['Date', entry.dateText],
    ['Status', entry.statusLabel],
    ['Success measure', entry.measureLabel],
    ['Progress note', entry.note || 'None'],
    ['Evidence seen', entry.evidence || 'None'],
  ];
  return (
    <dl className={className}>
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value app-review-text">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
