import { useEffect } from 'react';
import type { PlanSources } from '../../core/plan-report';
import { whenIdle } from '../../lib/when-idle';
import { prepareExport } from '../../operations/plan';

/** How long the plan must rest unchanged before the PDF is prepared again: typing an action is not interrupted. */
const SETTLE_MS = 1_000;

/**
 * While the plan page is read, and the browser idle, loads the PDF code and
 * the fonts the plan's text needs, so that "Download development plan (PDF)"
 * has only the layout left to do. Fonts already prepared are kept, so a
 * change to the plan costs only what its new characters need. While online
 * this also fetches the Chinese font slices its names need, for offline use later.
 */
export function usePreparedPdf(sources: PlanSources | null | undefined): void {
  useEffect(() => {
    if (!sources) return;
    let cancelIdle: (() => void) | undefined;
    const timer = setTimeout(() => {
      cancelIdle = whenIdle(() => void prepareExport(sources, 'pdf').catch(() => undefined));
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      cancelIdle?.();
    };
  }, [sources]);
}
