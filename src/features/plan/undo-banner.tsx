import { useEffect, useRef } from 'react';

export interface Undoable {
  message: string;
  undo: () => Promise<void>;
}

/** After a delete: says what went, takes focus so "Undo" is one Tab away, and offers it until the next delete. */
export function UndoBanner({ item, onUndo, onDismiss }: { item: Undoable | null; onUndo: () => void; onDismiss: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (item) ref.current?.focus();
  }, [item]);
  if (!item) return null;
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success app-no-print" role="region" aria-labelledby="undo-title" tabIndex={-1} ref={ref}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="undo-title">
          Deleted
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{item.message}</p>
        <div className="app-button-row">
          <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={onUndo}>
            Undo
          </button>
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      </div>
    </div>
  );
}
