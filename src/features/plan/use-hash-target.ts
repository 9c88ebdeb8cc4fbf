import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Arriving at a link with a fragment (#indicator-…) from another screen, the
 * browser does not scroll, as the page is drawn after the address changes:
 * scroll to the element named and move focus to it, so that keyboard and
 * screen reader users start where the link pointed.
 */
export function useHashTarget(): void {
  const { hash } = useLocation();
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [hash]);
}
