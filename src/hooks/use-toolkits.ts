import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { buildCatalogue, type Catalogue } from '../core/toolkit-catalogue';
import { listKeptToolkitRows, listKeptToolkits, listShippedToolkits, shippedToolkitsIfLoaded, type KeptToolkitRow, type ShippedToolkits } from '../operations/toolkits';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: Error };

/** The toolkits shipped with the app, with any shipped file that could not be used. */
export function useShippedToolkits(): Loadable<ShippedToolkits> {
  const [result, setResult] = useState<Loadable<ShippedToolkits>>(() => {
    const loaded = shippedToolkitsIfLoaded();
    return loaded ? { state: 'ready', value: loaded } : { state: 'loading' };
  });
  useEffect(() => {
    if (result.state === 'ready') return;
    let live = true;
    listShippedToolkits().then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) => live && setResult({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
    // Loaded once: nothing here changes while the page is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return result;
}

/**
 * The one toolkit catalogue: shipped and kept definitions. Kept ones update live.
 * `keptMayFollow`: ready with the shipped toolkits alone until the device's own arrive,
 * for a screen that draws before the database answers.
 */
export function useCatalogue({ keptMayFollow = false }: { keptMayFollow?: boolean } = {}): Loadable<Catalogue> {
  const shipped = useShippedToolkits();
  const kept = useLiveQuery(() => listKeptToolkits(), []);
  return useMemo((): Loadable<Catalogue> => {
    if (shipped.state !== 'ready') return shipped;
    if (!kept && !keptMayFollow) return { state: 'loading' };
    return { state: 'ready', value: buildCatalogue(shipped.value.toolkits, kept ?? [], shipped.value.problems) };
  }, [shipped, kept, keptMayFollow]);
}

/** Kept definitions' rows: how each came here and how many self-evaluations use it. Live. */
export function useKeptToolkitRows(): KeptToolkitRow[] | undefined {
  return useLiveQuery(() => listKeptToolkitRows(), []);
}
