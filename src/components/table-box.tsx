import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The box a wide table scrolls sideways in, so that the page itself never
 * does (at 400% zoom a table of five columns is wider than the screen).
 * While, and only while, its table is wider than it, the box is a named
 * region that takes keyboard focus, so that it can be scrolled with the
 * arrow keys (WCAG 2.1.1; axe's scrollable-region-focusable); otherwise it
 * adds no tab stop. `className` adds a screen's own spacing.
 */
export function TableBox({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [isScrollable, setIsScrollable] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    // Called once on observing, then on every change of the box's or the table's size.
    const observer = new ResizeObserver(() => setIsScrollable(element.scrollWidth > element.clientWidth + 1));
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box} className={className ? `app-table-box ${className}` : 'app-table-box'} {...(isScrollable ? { tabIndex: 0, role: 'region', 'aria-label': label } : {})}>
      {children}
    </div>
  );
}
