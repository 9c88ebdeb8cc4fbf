import type { Browser } from '@playwright/test';

export interface BenchContext {
  /** The production build (with Vite’s manifest in .vite/), served gzip-compressed by static-server.ts. */
  baseUrl: string;
  /** Headless Debian Chromium. */
  browser: Browser;
  /** The built app's folder. */
  distDir: string;
}

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  /** A target to print beside the figure, e.g. "≤ 500". Printed, never asserted here. */
  target?: string;
}

/** Each `scripts/bench/*.bench.ts` default-exports one of these. */
export type Bench = (context: BenchContext) => Promise<BenchFigure[]>;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
