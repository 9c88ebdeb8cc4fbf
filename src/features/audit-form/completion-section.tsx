import { useState } from 'react';
import type { Audit } from '../../core/audit';
import { setAuditStatus } from '../../operations/audits';

/** Marking complete records that the team has finished; it never locks the audit. */
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
        <p className="govuk-body">You can still change any answer. Reopen it if your team is still working on it.</p>
      ) : (
        <>
          {unansweredCount > 0 && (
            <div className="govuk-warning-text">
              <span className="govuk-warning-text__icon" aria-hidden="true">
                !
              </span>
              <strong className="govuk-warning-text__text">
                <span className="govuk-visually-hidden">Warning</span>
                {unansweredCount} {unansweredCount === 1 ? 'indicator is' : 'indicators are'} not answered. You can still mark it as complete
                and answer {unansweredCount === 1 ? 'it' : 'them'} later.
              </strong>
            </div>
          )}
          <p className="govuk-body">Marking it as complete tells your team it is finished. You can still change it afterwards.</p>
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
