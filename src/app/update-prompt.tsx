import { useSyncExternalStore } from 'react';
import { updates } from './update-state';
import type { UpdateState } from './update-tracker';

function useUpdateState(): UpdateState {
  return useSyncExternalStore(updates.subscribe, updates.getState, () => 'current');
}

/**
 * Offers a new version but never reloads by itself: someone may be typing.
 * It sits in a live region that is always in the page, so screen readers
 * announce it when it appears, and it never takes focus.
 */
export function UpdatePrompt() {
  const state = useUpdateState();
  const visible = state === 'available' || state === 'updated-elsewhere';
  return (
    <div aria-live="polite">
      {visible && (
        <section className="app-update-prompt" aria-labelledby="update-title">
          <div className="govuk-width-container app-update-prompt__container">
            <div>
              <h2 className="govuk-heading-s app-update-prompt__title" id="update-title">
                {state === 'available' ? 'A new version of Reflect is available' : 'Reflect was updated in another tab'}
              </h2>
              <p className="govuk-body-s app-update-prompt__text">Reload when you are ready. Your work is saved on this device.</p>
            </div>
            <div className="app-button-row">
              <button type="button" className="govuk-button govuk-button--inverse govuk-!-margin-bottom-0" onClick={() => updates.accept()}>
                Reload now
              </button>
              {state === 'available' && (
                <button type="button" className="govuk-button govuk-button--inverse govuk-!-margin-bottom-0 app-update-prompt__later" onClick={() => updates.dismiss()}>
                  Not now
                </button>
              )}
            </div>
          </div>
        </section>
      )}
    </div>
  );
}
