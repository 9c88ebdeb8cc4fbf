import { useState } from 'react';
import { NotificationBanner } from '../../components/notification-banner';
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
    <NotificationBanner type="information" title="Marked as complete">
      <p className="govuk-body">Your team marked this self-evaluation as complete. You can still change it: changes are saved as usual.</p>
      {error && <p className="govuk-error-message">{error}</p>}
      <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void reopen()}>
        Reopen self-evaluation
      </button>
    </NotificationBanner>
  );
}
