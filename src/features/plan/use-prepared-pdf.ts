import { useEffect } from 'react';
import type { PlanSources } from '../../core/plan-report';
import { SHORT_IDLE_WAIT_MS, whenIdle } from '../../lib/when-idle';
import { prepareExport } from '../../operations/plan';

/** How long the plan must rest unchanged before the PDF is prepared again: typing an action is not interrupted. */
const SETTLE_MS = 1_000;

/**
 * While the plan page is read, and the browser idle, loads the PDF code and
 * the fonts the plan's text needs, then makes the PDF (with or without the
 * evidence notes, as chosen), so that "Download development plan (PDF)"
 * hands over a file already made while the plan is unchanged. Fonts already
 * prepared are kept, so a change to the plan costs the layout and what its
 * new characters need. While online this also fetches the Chinese font
 * slices its names need, for offline use later.
 */
export function usePreparedPdf(sources: PlanSources, includeEvidence: boolean): void {
  useEffect(() => {
    let cancelIdle: (() => void) | undefined;
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => void prepareExport(sources, 'pdf', { includeEvidence }).catch(() => undefined), SHORT_IDLE_WAIT_MS);
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  }, [sources, includeEvidence]);
}
