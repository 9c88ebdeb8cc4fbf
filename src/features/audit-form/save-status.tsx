import { useSaveStatus } from '../../hooks/save-status';
import { saveEditsNow, type SaveStatus } from '../../operations/answers';

const TEXT: Record<SaveStatus['state'], string> = {
  idle: 'Changes are saved automatically.',
  saving: 'Saving…',
  saved: 'All changes saved.',
  failed: 'Some changes are not saved yet.',
};

/**
 * Both live regions stay in the page so screen readers announce changes to
 * them: progress politely, a failure at once. A failed save keeps its
 * changes on screen and queued, retries by itself, and can be retried now.
 */
export function SaveStatusMessage() {
  const status = useSaveStatus();
  return (
    <div className="app-save-status app-save-status--sticky">
      <p className="govuk-body govuk-!-margin-bottom-0" role="status">
        {TEXT[status.state]}
      </p>
      <div role="alert">
        {status.state === 'failed' && (
          <p className="govuk-body govuk-!-margin-bottom-2 app-save-status--error">Not saved. {status.error.message}</p>
        )}
      </div>
      {status.state === 'failed' && status.error.kind !== 'not-found' && (
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2" onClick={() => void saveEditsNow()}>
          Try saving again
        </button>
      )}
    </div>
  );
}
