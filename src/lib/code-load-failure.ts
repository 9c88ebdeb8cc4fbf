/**
 * When a screen's code fails to arrive. The browser remembers a failed module
 * fetch for the life of the page, so trying the import() again cannot help:
 * only a reload fetches it afresh. Fetches fail for passing reasons (a
 * navigation that cancels a shared download, a flaky connection, a new version
 * replacing the old files), so the page reloads itself once, and says what
 * happened only if the reload did not help.
 */

/** Chromium, Firefox and Safari's words for a module, or its CSS, that did not load. */
const CODE_LOAD_FAILURE = /dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isCodeLoadFailure(error: unknown): boolean {
  return error instanceof Error && CODE_LOAD_FAILURE.test(error.message);
}

const STORAGE_KEY = 'reflect:reloaded-for-code';
/** A reload longer ago than this was for another failure, so another is allowed. */
const RELOAD_WINDOW_MS = 30_000;

/**
 * Whether to reload `href` now for a code failure, noting it in `storage` if
 * so: at most once per address in RELOAD_WINDOW_MS, so that code which can
 * never load (offline, not cached) ends in a message, not a loop. The note is
 * the address and the time, on two lines.
 */
export function claimReload(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, href: string, now: number): boolean {
  try {
    const [lastHref, lastAt] = (storage!.getItem(STORAGE_KEY) ?? '').split('\n');
    const since = now - Number(lastAt);
    if (lastHref === href && since >= 0 && since < RELOAD_WINDOW_MS) return false;
    storage!.setItem(STORAGE_KEY, `${href}\n${now}`);
    return true;
  } catch {
    // No storage, or blocked or full: without a note a reload could loop, so say what happened instead.
    return false;
  }
}
