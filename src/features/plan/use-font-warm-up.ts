import { useEffect } from 'react';
import type { PlanSources } from '../../core/plan-report';

/** Chinese, Japanese or Korean characters: the PDF fetches their font slices on demand. */
const NEEDS_FETCHED_FONT = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u;

/**
 * While online, fetch (and keep) the Chinese font slices the plan's names
 * need, so that the PDF can still show them if it is made offline later.
 */
export function useFontWarmUp(sources: PlanSources | null | undefined): void {
  const text = sources ? [sources.audit.school, sources.audit.participants, ...sources.actions.flatMap((action) => [action.action, action.successMeasure, action.lead, action.progressNote]), ...sources.reviews.map((review) => review.who)].join('\n') : '';
  const needed = NEEDS_FETCHED_FONT.test(text) && navigator.onLine;
  useEffect(() => {
    if (!needed) return;
    const timer = setTimeout(() => void import('../../pdf/fonts/warm-up').then(({ warmUpFonts }) => warmUpFonts(text)), 2_000);
    return () => clearTimeout(timer);
  }, [needed, text]);
}
