import { NotificationBanner } from '../../components/notification-banner';

export interface Undoable {
  message: string;
  undo: () => Promise<void>;
}

/** After a delete: says what went, takes focus so "Undo" is one Tab away, and offers it until the next delete. */
export function UndoBanner({ item, onUndo, onDismiss }: { item: Undoable | null; onUndo: () => void; onDismiss: () => void }) {
  if (!item) return null;
  return (
    <NotificationBanner type="success" title="Deleted" heading={item.message} focusKey={item} className="app-no-print">
      <div className="app-button-row">
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={onUndo}>
          Undo
        </button>
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </NotificationBanner>
  );
}
