import type { ActionReviewEntry } from '../../core/action-reviews';
import { REVIEW_HISTORY_TITLE, describeReviewEntry } from '../../core/review-entry-text';

/** An action's reviews, oldest first, under its status in the printable plan: the same words as the PDF and the Word document. */
export function PrintReviewHistory({ history }: { history: readonly ActionReviewEntry[] }) {
  if (history.length === 0) return null;
  return (
    <div className="app-plan-history">
      <span className="app-plan-history__title">{REVIEW_HISTORY_TITLE}</span>
      <ul className="govuk-list app-plan-history__list">
        {history.map((entry, index) => {
          const { date, standing, note, evidence } = describeReviewEntry(entry);
          return (
            <li key={index}>
              <strong>{date}</strong> {standing}
              {note && ` ${note}`}
              {evidence && ` ${evidence}`}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
