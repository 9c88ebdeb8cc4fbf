import { useEffect, useRef } from 'react';

/** Moves focus to an element once, when it first appears (not on every render). */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
