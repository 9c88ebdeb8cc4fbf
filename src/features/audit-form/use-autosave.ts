import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerChange } from '../../storage/audit-store';
import { getStore } from '../../storage/store';

/** Well inside the half second we promise between a change and a committed write. */
export const AUTOSAVE_DELAY_MS = 250;

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

/**
 * Queues answer changes and writes them shortly after typing pauses, and at
 * once when the page is hidden or the form goes away. A failed write keeps
 * its changes queued so that the next attempt still includes them.
 */
export function useAutosave(auditId: string) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'idle' });
  const pending = useRef(new Map<string, AnswerChange>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (pending.current.size === 0) return;
    const batch = [...pending.current.values()];
    pending.current.clear();
    setStatus({ state: 'saving' });
    try {
      await getStore().saveAnswers(auditId, batch);
      setStatus(pending.current.size === 0 ? { state: 'saved' } : { state: 'saving' });
    } catch (error) {
      // Keep the failed changes unless a newer edit of the same answer is already queued.
      for (const change of batch) {
        if (!pending.current.has(change.indicatorId)) pending.current.set(change.indicatorId, change);
      }
      setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }, [auditId]);

  const queue = useCallback(
    (change: AnswerChange) => {
      pending.current.set(change.indicatorId, change);
      setStatus((current) => (current.state === 'failed' ? current : { state: 'saving' }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { status, queue, flush };
}
