import { useState } from 'react';
import { setAuditStatus } from '../../operations/audits';

/** A complete audit is still editable; this says so, and offers to reopen it. */
export function CompleteBanner({ auditId }: { auditId: string }) {
  const [error, setError] = useState<string | null>(null);
  const reopen = async () => {
    try {
      setError(null);
      await setAuditStatus(auditId, 'in-progress');
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="complete-banner-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="complete-banner-title">
          Marked as complete
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">
          Your team marked this self-evaluation as complete. You can still change it: changes are saved as usual.
        </p>
        {error && <p className="govuk-error-message">{error}</p>}
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void reopen()}>
          Reopen self-evaluation
        </button>
      </div>
    </div>
  );
}
