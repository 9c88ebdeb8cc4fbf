import type { ReactNode } from 'react';

/**
 * A wide table's own scrolling box, for tables with nothing focusable inside:
 * a keyboard user can Tab to it and scroll it with the arrow keys (WCAG
 * 2.1.1), and a screen reader names it by the table's caption.
 */
export function TableBox({ captionId, children }: { captionId: string; children: ReactNode }) {
  return (
    <div className="app-scores-table-box app-table-box--focusable" role="region" aria-labelledby={captionId} tabIndex={0}>
      {children}
    </div>
  );
}
