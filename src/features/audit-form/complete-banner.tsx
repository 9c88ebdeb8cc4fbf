import { useState } from 'react';
import { NotificationBanner } from '../../components/notification-banner';
import { setAuditStatus } from '../../operations/audits';

/** A complete audit is still editable; this says so, and what reopening it does. */
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
    <NotificationBanner type="information" title="Marked as complete">
      <p className="govuk-body">
        This self-evaluation is marked as complete. You can still correct an answer: changes are saved as usual, and it stays complete. If you are
        going back to rating, reopen it and it shows as in progress again.
      </p>
      {error && <p className="govuk-error-message">{error}</p>}
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void reopen()}>
        Reopen self-evaluation
      </button>
    </NotificationBanner>
  );
}
