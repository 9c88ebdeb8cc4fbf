/**
 * Runs `run` the next time the browser is idle (at the latest after two
 * seconds), and returns a function that cancels it if it has not run yet.
 * Safari has no requestIdleCallback: a short wait stands in for it.
 */
export function whenIdle(run: () => void): () => void {
  if (typeof globalThis.requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 200);
  return () => clearTimeout(handle);
}
