import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { undoDeleteAudit } from '../../operations/audits';
import { rememberDeleted, useRecentlyDeleted } from './recently-deleted';

/** Where the home page was sent from: a deletion (offer undo) or an undo (confirm it). */
export interface HomeNotice {
  deletedAuditId?: string;
  restoredTitle?: string;
}

/** GOV.UK success banner after deleting, with an undo; it takes focus so screen readers announce it. */
export function DeletedBanner() {
  const location = useLocation();
  const navigate = useNavigate();
  const notice = (location.state ?? {}) as HomeNotice;
  const deleted = useRecentlyDeleted();
  const [error, setError] = useState<string | null>(null);
  const canUndo = !!deleted && deleted.audit.id === notice.deletedAuditId;
  const isShown = canUndo || !!notice.restoredTitle;

  if (!isShown) return null;

  const undo = async () => {
    if (!deleted) return;
    try {
      setError(null);
      await undoDeleteAudit(deleted);
      rememberDeleted(null);
      await navigate('.', { replace: true, state: { restoredTitle: deleted.audit.title } satisfies HomeNotice });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <NotificationBanner
      type="success"
      title="Success"
      heading={canUndo ? `You deleted ‘${deleted.audit.title}’.` : `You restored ‘${notice.restoredTitle}’.`}
      focusKey={notice.restoredTitle}
    >
      {canUndo && (
        <>
          {error && <p className="govuk-error-message">{error}</p>}
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void undo()}>
            Undo<span className="govuk-visually-hidden"> deleting {deleted.audit.title}</span>
          </button>
        </>
      )}
    </NotificationBanner>
  );
}
