import { Link } from 'react-router';
import type { UnansweredIndicator } from '../../core/progress';
import type { Toolkit } from '../../core/toolkit-schema';
import { paths } from '../../lib/paths';
import { indicatorAnchor } from '../../components/indicator-anchor';

interface UnansweredListProps {
  auditId: string;
  toolkit: Toolkit;
  unanswered: readonly UnansweredIndicator[];
  /** Once marked complete, there is nothing left to ask of the reader. */
  isComplete: boolean;
}

/** What is still to answer, each a link straight to the statement (an indicator, in the code). */
export function UnansweredList({ auditId, toolkit, unanswered, isComplete }: UnansweredListProps) {
  if (unanswered.length === 0) {
    return (
      <div className="govuk-inset-text app-measure">
        You have rated every statement (or marked it not applicable).
        {isComplete ? ' The self-evaluation is marked as complete.' : ' Check your answers below, then mark the self-evaluation as complete.'}
      </div>
    );
  }
  return (
    <section aria-labelledby="unanswered-heading" className="app-measure govuk-!-margin-bottom-8">
      <h2 className="govuk-heading-m" id="unanswered-heading">
        Still to answer: {unanswered.length} {unanswered.length === 1 ? 'statement' : 'statements'}
      </h2>
      <ul className="govuk-list govuk-list--bullet">
        {unanswered.map(({ domain, indicator, number }) => (
          <li key={indicator.id}>
            <Link className="govuk-link" to={paths.domain(auditId, domain.id, { hash: indicatorAnchor(toolkit, indicator.id) })}>
              {domain.shortTitle}, statement {number}: {indicator.statement}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
