/**
 * Where the reader was on each page they have visited in this tab, by the
 * router's key for that history entry, so that Back and Forward return there.
 * The browser's own restoration is turned off (see usePageArrival): it
 * restores before a screen has loaded its data, onto a page still too short.
 *
 * Kept in sessionStorage as well as in memory, so that a reload, or coming
 * Back from another site, still finds them; the newest few are enough.
 */
const STORAGE_KEY = 'reflect:scroll-positions';
const KEPT = 50;

let positions: Map<string, number> | null = null;

function load(): Map<string, number> {
  if (positions) return positions;
  positions = new Map();
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    if (Array.isArray(stored)) {
      for (const entry of stored) {
        if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number') positions.set(entry[0], entry[1]);
      }
    }
  } catch {
    // Unreadable or unavailable storage: start afresh; Back then lands at the top.
  }
  return positions;
}

export function rememberScroll(key: string, top: number): void {
  const all = load();
  all.delete(key);
  all.set(key, top);
  while (all.size > KEPT) all.delete(all.keys().next().value!);
}

export function recalledScroll(key: string): number | undefined {
  return load().get(key);
}

/** Writes the positions down; called as the page is hidden and on every move between screens. */
export function persistScrollPositions(): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...load()]));
  } catch {
    // Storage full or refused: positions still work in memory for this visit.
  }
}
