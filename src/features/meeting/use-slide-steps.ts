import { useLayoutEffect, useRef } from 'react';

export interface SlideSteps {
  show: (index: number) => void;
  next: () => void;
  previous: () => void;
  first: () => void;
  last: () => void;
}

/**
 * Moving between slides, one step a press. Two presses can arrive before the
 * page redraws (a clicker pressed twice quickly): each steps from the slide
 * last asked for, not the one drawn, so neither is lost.
 */
export function useSlideSteps(current: number, count: number, goTo: (index: number) => void): SlideSteps {
  const asked = useRef(current);
  useLayoutEffect(() => {
    asked.current = current;
  }, [current]);
  const show = (index: number) => {
    const next = Math.min(Math.max(index, 0), count - 1);
    asked.current = next;
    goTo(next);
  };
  return {
    show,
    next: () => show(asked.current + 1),
    previous: () => show(asked.current - 1),
    first: () => show(0),
    last: () => show(count - 1),
  };
}
