import { useState } from 'react';
import type { Audit } from '../../core/audit';
import { setAuditStatus } from '../../operations/audits';

/**
 * Marking complete records that the team has finished rating: the list of
 * self-evaluations shows it as complete. It never locks anything, and the
 * words say so; reopening only marks it as in progress again.
 */
export function CompletionSection({ audit, unansweredCount }: { audit: Audit; unansweredCount: number }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const isComplete = audit.status === 'complete';

  const toggle = async () => {
    setBusy(true);
    setError(null);
    try {
      await setAuditStatus(audit.id, isComplete ? 'in-progress' : 'complete');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="finish-heading" className="app-measure">
      <h2 className="govuk-heading-m" id="finish-heading">
        {isComplete ? 'This self-evaluation is complete' : 'Finish your self-evaluation'}
      </h2>
      {isComplete ? (
        <p className="govuk-body">
          Your list of self-evaluations shows it as complete. Nothing is locked: you can still correct an answer, and it stays complete. If you
          are going back to rating, reopen it and it shows as in progress again.
        </p>
      ) : (
        <>
          {unansweredCount > 0 && (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {unansweredCount} {unansweredCount === 1 ? 'statement is' : 'statements are'} not answered. You can still mark it as complete
                and answer {unansweredCount === 1 ? 'it' : 'them'} later.
              </strong>
            </div>
          )}
          <p className="govuk-body">
            When you have finished rating, mark it as complete: your list of self-evaluations then shows it as complete. Nothing is locked: you
            can still correct an answer afterwards.
          </p>
        </>
      )}
      {error && (
        <p className="govuk-error-message" role="alert">
          {error}
        </p>
      )}
      <button type="button" className={`govuk-button${isComplete ? ' govuk-button--secondary' : ''}`} disabled={busy} onClick={() => void toggle()}>
        {isComplete ? 'Reopen self-evaluation' : 'Mark as complete'}
      </button>
    </section>
  );
}
