import { useEffect, useEffectEvent } from 'react';

export interface PresenterActions {
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
  leave: () => void;
}

/** Space is a button's own key: on a focused button or link it presses that, as everywhere else. */
const isControl = (target: EventTarget | null) => target instanceof Element && target.closest('button, a, input, select, textarea') !== null;

/** A field keeps its own keys (arrows move between radios and along the text); only a clicker's Page Down and Page Up still move. */
const isField = (target: EventTarget | null) => target instanceof Element && target.closest('input, select, textarea, [contenteditable="true"]') !== null;
const CLICKER_KEYS = new Set(['PageDown', 'PageUp']);

/**
 * The keys presentation clickers send (Page Down / Page Up; some send the
 * arrow keys), plus Space, Home, End and Esc. Each moves exactly one slide:
 * slides fit the screen, so there is nothing to scroll first, and the
 * browser's own scrolling is stopped. Listened for on the whole document so
 * that they work wherever focus is, except that in a field (agreeing the
 * ratings has radios and a text box) only Page Down and Page Up move.
 */
export function usePresenterKeys(actions: PresenterActions): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === ' ' && isControl(event.target)) return;
    if (isField(event.target) && !CLICKER_KEYS.has(event.key)) return;
    const action = event.shiftKey
      ? { ' ': actions.previous }[event.key]
      : {
          ArrowRight: actions.next,
          PageDown: actions.next,
          ' ': actions.next,
          ArrowLeft: actions.previous,
          PageUp: actions.previous,
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
