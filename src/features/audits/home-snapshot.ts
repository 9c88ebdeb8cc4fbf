/**
 * The audits list as the home page last drew it, kept so that the next visit
 * can show it in its first paint: opening the app offline on a school laptop,
 * the self-evaluations are on screen before any script has run, rather than
 * after the app, the database code and a query (about 100 ms later).
 *
 * The built page's inline script (START_SCRIPT in scripts/prerender-plugin.ts)
 * puts the drawn list in place of "Loading your self-evaluations…" and marks
 * the root. The home page's first draw then uses the summaries the list was
 * drawn from, so it takes the list over as it stands (hydrates it) instead of
 * drawing it again; the database's answer a moment later replaces them, so
 * a list changed since (in another tab, say) is corrected straight away.
 *
 * A list is only shown by the build that drew it (named by its entry script):
 * another build's markup might differ from what its code draws.
 *
 * The list is the markup the browser made of the app's own elements, so its
 * text is escaped as in any page; it is kept in this origin's localStorage,
 * next to the IndexedDB data it shows.
 */
import type { AuditSummary } from '../../operations/audits';

/** Shared with the inline script, which reads them before any module has loaded. */
export const HOME_LIST_KEY = 'reflect-home-list';
/** The element the home page marks as its list, or the "Loading…" in its place. */
export const HOME_LIST_SELECTOR = '[data-home-list]';
/** Set on the root by the inline script when the list in the page came from the last visit. */
export const FROM_LAST_VISIT = 'fromLastVisit';

/** Beyond this the list is not kept: reading it back would slow the first paint it is meant to speed up. */
const MAX_CHARS = 256 * 1024;

interface HomeList {
  entry: string;
  html: string;
  summaries: AuditSummary[];
}

/** The build's entry script, written on the root by the build; absent on the development server, where nothing is kept. */
function currentEntry(): string | undefined {
  return document.getElementById('root')?.dataset.entry;
}

function localStorageIfAllowed(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * The element's markup as React's server rendering writes it, which is what
 * taking it over expects: text nodes next to each other (`{answered} of {total}`)
 * are kept apart by an empty comment, or the browser would read them back as one.
 */
export function markupOf(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    if (text.nextSibling?.nodeType === Node.TEXT_NODE) text.after(document.createComment(' '));
  }
  return copy.outerHTML;
}

/** Keeps the list the home page has just drawn from the database. */
export function keepHomeList(summaries: AuditSummary[], list: Element): void {
  const entry = currentEntry();
  const storage = localStorageIfAllowed();
  if (!entry || !storage) return;
  try {
    const text = JSON.stringify({ entry, html: markupOf(list), summaries } satisfies HomeList);
    if (text.length > MAX_CHARS) storage.removeItem(HOME_LIST_KEY);
    else if (storage.getItem(HOME_LIST_KEY) !== text) storage.setItem(HOME_LIST_KEY, text);
  } catch {
    // Storage full or blocked: the next visit shows "Loading…" for a moment, as it would without this.
  }
}

/**
 * The summaries the list in the page was drawn from, when the inline script
 * showed it from the last visit and the app has not yet taken it over; else undefined.
 */
export function listFromLastVisit(): AuditSummary[] | undefined {
  // The build draws the page with no document, and no list.
  const root = typeof document === 'undefined' ? null : document.getElementById('root');
  if (root?.dataset[FROM_LAST_VISIT] === undefined) return undefined;
  try {
    const kept = JSON.parse(localStorageIfAllowed()?.getItem(HOME_LIST_KEY) ?? 'null') as Partial<HomeList> | null;
    return kept?.entry === currentEntry() && Array.isArray(kept?.summaries) ? kept.summaries : undefined;
  } catch {
    return undefined;
  }
}

/** Once the app has taken the page over, a later visit to the home page within it starts from the database, not the kept list. */
export function tookOverListFromLastVisit(): void {
  const root = document.getElementById('root');
  if (root) delete root.dataset[FROM_LAST_VISIT];
}
