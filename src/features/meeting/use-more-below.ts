import { useEffect, useState, type RefObject } from 'react';

/**
 * Whether a scrolling box has more below what it shows: a projector's
 * browser may draw no scroll bar, so the box says so itself. Checked when
 * the box or what it holds changes size, and as it scrolls.
 */
export function useMoreBelow(box: RefObject<HTMLElement | null>, content: unknown): boolean {
  const [isMoreBelow, setIsMoreBelow] = useState(false);
  useEffect(() => {
    const target = box.current;
    if (!target) return;
    const check = () => setIsMoreBelow(target.scrollTop + target.clientHeight < target.scrollHeight - 1);
    // A ResizeObserver reports each element once as it starts observing, so this also makes the first check.
    const observer = new ResizeObserver(check);
    observer.observe(target);
    for (const child of target.children) observer.observe(child);
    target.addEventListener('scroll', check, { passive: true });
    return () => {
      observer.disconnect();
      target.removeEventListener('scroll', check);
    };
  }, [box, content]);
  return isMoreBelow;
}
