import { useEffect, type RefObject } from 'react';
import { useLocation } from 'react-router';

/**
 * After moving between screens inside the app, take the reader to the new
 * page: to the element a link pointed at (#indicator-…), or to the heading,
 * so screen readers announce it and the keyboard starts at the top. On a
 * fresh page load the browser handles this itself.
 */
export function useArrivalFocus(heading: RefObject<HTMLElement | null>): void {
  const { hash, key } = useLocation();
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (target) {
      target.scrollIntoView({ block: 'center' });
      target.focus({ preventScroll: true });
      return;
    }
    if (key === 'default') return;
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [hash, key, heading]);
}
