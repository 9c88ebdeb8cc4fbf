/**
 * Runs `run` the next time the browser is idle (at the latest after
 * `timeoutMs`), and returns a function that cancels it if it has not run yet.
 * Safari has no requestIdleCallback: a short wait stands in for it.
 */
export function whenIdle(run: () => void, timeoutMs = 2000): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}

/**
 * A wait for work that should not wait long: Chromium can go seconds without
 * an idle moment after a download, with nothing else to do.
 */
export const SHORT_IDLE_WAIT_MS = 250;
