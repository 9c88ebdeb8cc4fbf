/** Long enough for a large audit to load from IndexedDB on a slow laptop; after that the page is as drawn as it will be. */
const GIVE_UP_MS = 5000;

interface WhenFoundOptions<T> {
  /** What to wait for: null until the page has drawn it. */
  find: () => T | null;
  /** What to use instead when `find` still has nothing at the end of the wait. */
  fallback: () => T | null;
  then: (found: T) => void;
}

/**
 * Calls `then` as soon as `find` returns something, checking now and again
 * whenever the page changes (new elements, or a new size: a chart laying
 * itself out). Returns a function that stops waiting, for when the reader
 * moves on first.
 */
export function whenFound<T>({ find, fallback, then }: WhenFoundOptions<T>): () => void {
  const now = find();
  if (now !== null) {
    then(now);
    return () => undefined;
  }
  let isWaiting = true;
  const stop = () => {
    isWaiting = false;
    mutations.disconnect();
    resizes.disconnect();
    window.clearTimeout(timer);
  };
  const check = () => {
    if (!isWaiting) return;
    const found = find();
    if (found === null) return;
    stop();
    then(found);
  };
  const mutations = new MutationObserver(check);
  mutations.observe(document.body, { childList: true, subtree: true });
  const resizes = new ResizeObserver(check);
  resizes.observe(document.documentElement);
  resizes.observe(document.body);
  const timer = window.setTimeout(() => {
    stop();
    const found = find() ?? fallback();
    if (found !== null) then(found);
  }, GIVE_UP_MS);
  return stop;
}
