/**
 * This page's one answer to "is there a new version?" (update-tracker.ts),
 * kept apart from the code that registers the service worker, which loads
 * after the first paint (main.tsx).
 */
import { createUpdateTracker } from './update-tracker';

let activateWaiting: () => void = () => undefined;

/** Called once the service worker is registered, with how to let a waiting version take over. */
export function setActivateWaiting(activate: () => void): void {
  activateWaiting = activate;
}

export const updates = createUpdateTracker({
  activateWaiting: () => activateWaiting(),
  reload: () => window.location.reload(),
});
