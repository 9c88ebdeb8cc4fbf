import { useEffect, useState } from 'react';
import type { Toolkit } from '../core/toolkit-schema';
import { listToolkits } from './toolkit-catalog';

export type Loadable<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: Error };

export function useToolkits(): Loadable<Toolkit[]> {
  const [result, setResult] = useState<Loadable<Toolkit[]>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    listToolkits().then(
      (value) => live && setResult({ state: 'ready', value }),
      (error: unknown) => live && setResult({ state: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return result;
}
