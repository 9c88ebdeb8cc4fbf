import { useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
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
  const banner = useRef<HTMLDivElement>(null);
  const canUndo = !!deleted;
  const isShown = canUndo || !!notice.restoredTitle;

  useEffect(() => {
    if (isShown) banner.current?.focus();
  }, [isShown, notice.restoredTitle]);

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
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="home-notice-title" tabIndex={-1} ref={banner}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="home-notice-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {canUndo ? (
          <>
            <p className="govuk-notification-banner__heading">You deleted ‘{deleted.title}’.</p>
            {error && <p className="govuk-error-message">{error}</p>}
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void undo()}>
              Undo<span className="govuk-visually-hidden"> deleting {deleted.title}</span>
            </button>
          </>
        ) : (
          <p className="govuk-notification-banner__heading">You restored ‘{notice.restoredTitle}’.</p>
        )}
      </div>
    </div>
  );
}
