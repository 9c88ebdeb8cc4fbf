import type { SaveStatus } from './use-autosave';

const TEXT: Record<SaveStatus['state'], string> = {
  idle: 'Changes are saved automatically.',
  saving: 'Saving…',
  saved: 'All changes saved.',
  failed: '',
};

/**
 * Both live regions stay in the page so screen readers announce changes to
 * them: progress politely, a failure at once.
 */
export function SaveStatusMessage({ status }: { status: SaveStatus }) {
  return (
    <div className="app-save-status">
      <p className="govuk-body govuk-!-margin-bottom-0" role="status">
        {TEXT[status.state]}
      </p>
      <p className="govuk-body app-save-status--error" role="alert">
        {status.state === 'failed' ? `Not saved. ${status.message}` : ''}
      </p>
    </div>
  );
}
