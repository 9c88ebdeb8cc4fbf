import { useRegisterSW } from 'virtual:pwa-register/react';

/**
 * Offers a new version but never reloads by itself: someone may be typing.
 * (registerType 'prompt'; autoUpdate would reload every open tab.)
 */
export function UpdatePrompt() {
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();

  if (!needRefresh) return null;
  return (
    <div className="govuk-notification-banner" role="region" aria-labelledby="update-title">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="update-title">
          Update available
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">A new version of Reflect is available. Reload when you are ready: your work is saved.</p>
        <div className="app-button-row">
          <button type="button" className="govuk-button" onClick={() => void updateServiceWorker(true)}>
            Reload now
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setNeedRefresh(false)}>
            Not now
          </button>
        </div>
      </div>
    </div>
  );
}
