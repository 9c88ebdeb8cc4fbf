import { useSyncExternalStore } from 'react';

const noSubscription = () => () => undefined;

/**
 * False while the build draws a page into the HTML (src/app/prerender.tsx),
 * and while the app takes that copy over (hydration), so that both draw the
 * same; true from then on. A form drawn before it is live is inert: anything
 * typed into the copy would not reach the app.
 */
export function useIsLive(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
