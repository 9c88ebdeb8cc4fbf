/**
 * When a screen's code fails to arrive. The browser remembers a failed module
 * fetch for the life of the page, so trying the import() again cannot help:
 * only a reload fetches it afresh. Fetches fail for passing reasons (a
 * navigation that cancels a shared download, a flaky connection, a new version
 * replacing the old files), so the page reloads itself once, and says what
 * happened only if the reload did not help.
 */

/** Chromium, Firefox and Safari's words for a module, or its CSS, that did not load. */
const CODE_LOAD_FAILURE = /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS/i;

export function isCodeLoadFailure(error: unknown): boolean {
  return error instanceof Error && CODE_LOAD_FAILURE.test(error.message);
}

const STORAGE_KEY = 'reflect:reloaded-for-code';
/** A reload longer ago than this was for another failure, so another is allowed. */
const RELOAD_WINDOW_MS = 30_000;

interface ReloadMark {
  href: string;
  at: number;
}

/**
 * Whether to reload `href` now for a code failure, noting it in `storage` if
 * so: at most once per address in RELOAD_WINDOW_MS, so that code which can
 * never load (offline, not cached) ends in a message, not a loop.
 */
export function claimReload(storage: Pick<Storage, 'getItem' | 'setItem'> | undefined, href: string, now: number): boolean {
  if (!storage) return false;
  try {
    const stored: unknown = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null');
    const last = stored as Partial<ReloadMark> | null;
    if (last && last.href === href && typeof last.at === 'number' && now - last.at >= 0 && now - last.at < RELOAD_WINDOW_MS) return false;
    storage.setItem(STORAGE_KEY, JSON.stringify({ href, at: now } satisfies ReloadMark));
    return true;
  } catch {
    // Storage blocked or full: without a note a reload could loop, so say what happened instead.
    return false;
  }
}
