import { useOnlineStatus } from './use-online-status';

/**
 * A quiet note while the device is offline. Being offline is not an error in
 * Reflect (everything works and saves on the device), so it is calm and small.
 * The live region stays in the page so the change is announced.
 */
export function OfflineIndicator() {
  const online = useOnlineStatus();
  return (
    <div aria-live="polite" className="app-offline-region">
      {!online && (
        <p className="govuk-body-s app-offline" role="status">
          <span className="app-offline__dot" aria-hidden="true" />
          Offline. Reflect still works, and saves your work on this device.
        </p>
      )}
    </div>
  );
}
