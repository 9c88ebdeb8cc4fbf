import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { persistScrollPositions, recalledScroll, rememberScroll } from './scroll-positions';
import { whenFound } from './when-found';

/**
 * What happens to scroll and focus when the reader moves between screens,
 * said once for the whole app (the GOV.UK pattern for single-page apps):
 *
 * - Following a link or a button to a new screen lands at its top with focus
 *   on its heading (the page's one h1), so a screen reader announces the new
 *   page and Tab starts from there; a link with a #target lands on that
 *   element instead. A screen that moves focus itself on arrival (a success
 *   banner, an action opened for editing) keeps it.
 * - Back and Forward return to where the reader was on that screen.
 * - A fresh page load is left to the browser, except that a #target is
 *   found once the screen has drawn it.
 *
 * Screens draw their content only once their data has loaded from
 * IndexedDB, so the heading, the target, or enough page to scroll back down
 * to may appear a moment after the address changes: whenFound waits for it.
 */
export function usePageArrival(): void {
  const location = useLocation();
  const navigationType = useNavigationType();
  const currentKey = useRef(location.key);
  const previous = useRef<{ pathname: string; search: string } | null>(null);
  const isRestoring = useRef(false);

  useEffect(() => {
    // The browser would restore too early, onto a screen still loading.
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    const onScroll = () => {
      if (!isRestoring.current) rememberScroll(currentKey.current, window.scrollY);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    // Also at the click that leaves the page, in case its last scroll event is still to come.
    window.addEventListener('click', onScroll, { capture: true });
    window.addEventListener('pagehide', persistScrollPositions);
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('click', onScroll, { capture: true });
      window.removeEventListener('pagehide', persistScrollPositions);
      persistScrollPositions();
    };
  }, []);

  // A layout effect, so that a new screen never paints at the old one's scroll position.
  useLayoutEffect(() => {
    const { key, pathname, search, hash } = location;
    const cameFrom = previous.current;
    previous.current = { pathname, search };
    currentKey.current = key;
    persistScrollPositions();
    const isFirstArrival = !documentHasArrived;
    documentHasArrived = true;

    if (navigationType === 'POP') {
      // A plain #fragment link within the page (the skip link): the browser has already moved there.
      if (cameFrom && cameFrom.pathname === pathname && cameFrom.search === search) return;
      // The first entry of a fresh load has no key of its own, so nothing remembered is its.
      const top = isFirstArrival && key === 'default' ? undefined : recalledScroll(key);
      if (top !== undefined) return restoreScroll(top, isRestoring);
      return hash ? arriveAt(hash) : undefined;
    }
    // Replacing the address on the same screen (a comparison chosen, a banner cleared) is not a new page.
    if (navigationType === 'REPLACE' && cameFrom?.pathname === pathname) return;
    return arriveAt(hash);
    // Each history entry is one arrival: the key changes exactly when the reader moves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);
}

/** Set once the first screen of this document has been handled, to tell a fresh load from coming back. */
let documentHasArrived = false;

/** To the top of a new screen, then focus on its #target or its heading once drawn. */
function arriveAt(hash: string): () => void {
  const targetId = hash ? decodeURIComponent(hash.slice(1)) : null;
  window.scrollTo(0, 0);
  const focusedBefore = document.activeElement;
  const heading = () => document.querySelector<HTMLElement>('#main-content h1');
  return whenFound({
    find: () => (targetId ? document.getElementById(targetId) : heading()),
    // A #target that never appears (an indicator since removed): the heading will do.
    fallback: heading,
    then: (target) => {
      if (targetId) target.scrollIntoView({ block: 'start' });
      const active = document.activeElement;
      const main = document.getElementById('main-content');
      const pageMovedFocus = active !== focusedBefore && active !== document.body && active !== main && main?.contains(active);
      if (!pageMovedFocus) focusWithoutScrolling(target);
    },
  });
}

/** Back to `top` once the screen is tall enough to scroll there, unless the reader scrolls first. */
function restoreScroll(top: number, isRestoring: { current: boolean }): () => void {
  let stopWaiting = () => undefined as void;
  function stop() {
    stopWaiting();
    isRestoring.current = false;
    for (const event of INTERRUPTIONS) window.removeEventListener(event, stop);
  }
  isRestoring.current = true;
  for (const event of INTERRUPTIONS) window.addEventListener(event, stop, { passive: true });
  stopWaiting = whenFound({
    find: () => (document.documentElement.scrollHeight - window.innerHeight >= top ? document.documentElement : null),
    fallback: () => document.documentElement,
    then: () => {
      window.scrollTo(0, top);
      stop();
    },
  });
  return stop;
}

/** The reader taking over while a screen loads: from then on, their scrolling wins. */
const INTERRUPTIONS = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

/**
 * Headings are not focusable by themselves: as GOV.UK Frontend does for its
 * skip link and error summary, make it focusable for this one visit only,
 * so that a later click on its text draws no focus ring.
 */
function focusWithoutScrolling(element: HTMLElement): void {
  if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) {
    element.setAttribute('tabindex', '-1');
    element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true });
  }
  element.focus({ preventScroll: true });
}
