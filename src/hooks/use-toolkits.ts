import { useEffect, useState } from 'react';
import { listShippedToolkits, type ShippedToolkits } from '../operations/toolkits';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: Error };

/** The toolkits shipped with the app, with any shipped file that could not be used. */
export function useShippedToolkits(): Loadable<ShippedToolkits> {
  const [result, setResult] = useState<Loadable<ShippedToolkits>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    listShippedToolkits().then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) => live && setResult({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return result;
}
