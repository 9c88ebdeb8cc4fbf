/**
 * Warms the code of the screens a page links to. Each screen's code loads on
 * demand (app.tsx), so following a link would first fetch and run the next
 * screen's chunk before drawing it: on the results page, the chart code alone
 * is a tenth of a second. The app registers each screen's loader (route-loaders.ts),
 * so a page can name the screens it links to without importing them.
 */
import type { RouteName } from './paths';
import { routeLoader } from './route-loaders';
import { whenIdle } from './when-idle';

/**
 * Loads the named screens' code one at a time whenever the browser is idle,
 * so that the page being read stays responsive. Returns a function that stops
 * what has not started. A failure is left for the link itself to show.
 */
export function preloadRoutes(names: readonly RouteName[]): () => void {
  const queue = names.flatMap((name) => routeLoader(name) ?? []);
  let cancel: (() => void) | undefined;
  const next = () => {
    const load = queue.shift();
    if (!load) return;
    cancel = whenIdle(() => {
      cancel = undefined;
      void load().catch(() => undefined).then(next);
    });
  };
  next();
  return () => {
    queue.length = 0;
    cancel?.();
  };
}
