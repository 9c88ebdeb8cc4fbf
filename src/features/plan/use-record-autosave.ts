import { useCallback, useEffect, useRef, useState } from 'react';

/** Well inside the half second between a change and a committed write. */
export const AUTOSAVE_DELAY_MS = 250;

export type SaveState = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; message: string };

/**
 * Saves one record's changed fields shortly after typing pauses, at once
 * when the page is hidden or the editor closes, and keeps failed changes
 * queued so the next attempt still includes them. Only changed fields are
 * written, so two tabs editing different fields never undo each other.
 */
export function useRecordAutosave<T extends object>(save: (changes: Partial<T>) => Promise<void>) {
  const [status, setStatus] = useState<SaveState>({ state: 'idle' });
  const pending = useRef<Partial<T>>({});
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  /** Writes what is queued now; resolves false if that failed (the changes stay queued). */
  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    timer.current = undefined;
    const batch = pending.current;
    if (Object.keys(batch).length === 0) return true;
    pending.current = {};
    setStatus({ state: 'saving' });
    try {
      await saveRef.current(batch);
      setStatus(Object.keys(pending.current).length === 0 ? { state: 'saved' } : { state: 'saving' });
      return true;
    } catch (error) {
      // Newer edits of the same field, queued meanwhile, win over the failed ones.
      pending.current = { ...batch, ...pending.current };
      setStatus({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }, []);

  const queue = useCallback(
    <K extends keyof T>(field: K, value: T[K]) => {
      pending.current = { ...pending.current, [field]: value };
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
