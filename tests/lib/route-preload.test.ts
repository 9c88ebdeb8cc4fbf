import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerRouteLoaders } from '../../src/lib/route-loaders';
import { preloadRoutes } from '../../src/lib/route-preload';

describe('preloadRoutes', () => {
  const loaded: string[] = [];
  const loader = (name: string, fails = false) => () => {
    loaded.push(name);
    return fails ? Promise.reject(new Error('offline')) : Promise.resolve();
  };

  beforeEach(() => {
    vi.useFakeTimers();
    loaded.length = 0;
    registerRouteLoaders({ results: loader('results', true), plan: loader('plan'), team: loader('team') });
  });
  afterEach(() => vi.useRealTimers());

  it('loads the named screens one at a time while idle, past a failure, and skips a screen with no loader', async () => {
    preloadRoutes(['results', 'settings', 'plan']);
    expect(loaded).toEqual([]);
    await vi.advanceTimersByTimeAsync(200);
    expect(loaded).toEqual(['results']);
    await vi.advanceTimersByTimeAsync(200);
    expect(loaded).toEqual(['results', 'plan']);
    await vi.advanceTimersByTimeAsync(1000);
    expect(loaded).toEqual(['results', 'plan']);
  });

  it('loads nothing more once stopped', async () => {
    const stop = preloadRoutes(['plan', 'team']);
    await vi.advanceTimersByTimeAsync(200);
    stop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(loaded).toEqual(['plan']);
  });
});
