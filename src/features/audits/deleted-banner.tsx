import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { useDeletedAudit } from '../../hooks/deleted-audit-hooks';
import { restoreDeletedAudit } from '../../operations/audits';

/** Where the home page was sent from: a deletion (offer undo) or an undo (confirm it). */
export interface HomeNotice {
  deletedAuditId?: string;
  restoredTitle?: string;
}

/**
 * GOV.UK success banner after deleting, with an undo; it takes focus so screen
 * readers announce it. Undo restores the deleted audit from storage (it is kept
 * until purged), so it still works after a reload.
 */
export function DeletedBanner() {
  const location = useLocation();
  const navigate = useNavigate();
  const notice = (location.state ?? {}) as HomeNotice;
  const deleted = useDeletedAudit(notice.deletedAuditId);
  const [error, setError] = useState<string | null>(null);
  const canUndo = !!deleted;
  const isShown = canUndo || !!notice.restoredTitle;

  if (!isShown) return null;

  const undo = async () => {
    if (!deleted) return;
    try {
      setError(null);
      await restoreDeletedAudit(deleted.id);
      await navigate('.', { replace: true, state: { restoredTitle: deleted.title } satisfies HomeNotice });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <NotificationBanner
      type="success"
      title="Success"
      heading={canUndo ? `You deleted ‘${deleted.title}’.` : `You restored ‘${notice.restoredTitle}’.`}
      focusKey={notice.restoredTitle}
    >
      {canUndo && (
        <>
          {error && <p className="govuk-error-message">{error}</p>}
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void undo()}>
            Undo<span className="govuk-visually-hidden"> deleting {deleted.title}</span>
          </button>
        </>
      )}
    </NotificationBanner>
  );
}
