import type { SaveStatus } from '../core/audit-edit';

const TEXT: Record<SaveStatus['state'], string> = {
  idle: 'Changes are saved automatically.',
  saving: 'Saving…',
  saved: 'All changes saved.',
  failed: 'Some changes are not saved yet.',
};

interface SaveStatusMessageProps {
  status: SaveStatus;
  /** Writes what is still queued now; offered when trying again can help. */
  onRetry: () => void;
  /**
   * `page`: one status for a whole form, kept in view beside it while scrolling (the audit form's side column).
   * `record`: a smaller status inside one record's editor (a plan action, a progress check).
   */
  layout: 'page' | 'record';
}

/**
 * Both live regions stay in the page so screen readers announce changes to
 * them: progress politely, a failure at once. A failed save keeps its
 * changes on screen and queued, retries by itself, and can be retried now.
 */
export function SaveStatusMessage({ status, onRetry, layout }: SaveStatusMessageProps) {
  const text = layout === 'page' ? 'govuk-body' : 'govuk-body-s';
  return (
    <div className={layout === 'page' ? 'app-save-status app-save-status--page' : 'app-save-status govuk-!-margin-bottom-4'}>
      <p className={`${text} govuk-!-margin-bottom-0`} role="status">
        {TEXT[status.state]}
      </p>
      <div role="alert">{status.state === 'failed' && <p className={`${text} govuk-!-margin-bottom-2 app-save-status--error`}>Not saved. {status.message}</p>}</div>
      {status.state === 'failed' && status.canRetry && (
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={onRetry}>
          Try saving again
        </button>
      )}
    </div>
  );
}
