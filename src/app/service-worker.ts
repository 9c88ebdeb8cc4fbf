/// <reference types="vite-plugin-pwa/client" />
/**
 * Registers the service worker (which makes Reflect work offline) and looks
 * for new versions. registerType is 'prompt': a new version waits until the
 * person accepts it, because an automatic reload could lose a form in progress.
 */
import { registerSW } from 'virtual:pwa-register';
import { setActivateWaiting, updates } from './update-state';

/** Browsers look for a new sw.js on navigation; a long meeting may have none, so we ask too. */
const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

function checkForUpdates(registration: ServiceWorkerRegistration) {
  if (!navigator.onLine || registration.installing) return;
  // Offline or a flaky network makes this reject; the next check will try again.
  registration.update().catch(() => undefined);
}

function watchForUpdates(registration: ServiceWorkerRegistration) {
  setInterval(() => checkForUpdates(registration), UPDATE_CHECK_INTERVAL_MS);
  window.addEventListener('online', () => checkForUpdates(registration));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') checkForUpdates(registration);
  });
}

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  // We follow control changes ourselves: the plugin only reports them to
  // pages that were already controlled when they loaded, so a tab left open
  // since the very first visit would never reload after "Reload now".
  let controlled = navigator.serviceWorker.controller !== null;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    updates.noteControllerChange(controlled);
    controlled = true;
  });
  const updateServiceWorker = registerSW({
    // Register after the load event, so precaching never competes with the first paint.
    immediate: false,
    onNeedRefresh: () => updates.noteWaiting(),
    // Without this the plugin reloads every tab the moment any tab accepts an update.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registration) => registration && watchForUpdates(registration),
  });
  setActivateWaiting(() => void updateServiceWorker());
}
