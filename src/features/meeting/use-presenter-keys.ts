import { useEffect, useEffectEvent } from 'react';

export interface PresenterActions {
  next: () => void;
  previous: () => void;
  /** What a clicker sends; may scroll a long slide before moving on. */
  pageDown: () => void;
  pageUp: () => void;
  first: () => void;
  last: () => void;
  leave: () => void;
}

/**
 * The keys presentation clickers send (Page Down / Page Up; some send the
 * arrow keys), plus Home, End and Esc. Listened for on the whole document so
 * that they work wherever focus is.
 */
export function usePresenterKeys(actions: PresenterActions): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const action = {
      ArrowRight: actions.next,
      PageDown: actions.pageDown,
      ArrowLeft: actions.previous,
      PageUp: actions.pageUp,
      Home: actions.first,
      End: actions.last,
      Escape: actions.leave,
    }[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  useEffect(() => {
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
