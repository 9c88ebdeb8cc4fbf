import type { SaveState } from './use-record-autosave';

const TEXT: Record<SaveState['state'], string> = {
  idle: 'Changes are saved automatically.',
  saving: 'Saving…',
  saved: 'All changes saved.',
  failed: '',
};

/** Progress is announced politely, a failure at once; both regions stay in the page so changes are heard. */
export function SaveStatus({ status }: { status: SaveState }) {
  return (
    <div className="app-plan-save-status">
      <p className="govuk-body-s govuk-!-margin-bottom-0" role="status">
        {TEXT[status.state]}
      </p>
      <p className="govuk-body-s govuk-!-font-weight-bold app-plan-save-status--error govuk-!-margin-bottom-0" role="alert">
        {status.state === 'failed' ? `Not saved. ${status.message}` : ''}
      </p>
    </div>
  );
}
