/**
 * Production builds for the benchmark and the byte budget, made with Vite's
 * own build() so that the app and the bare React floor go through the same
 * bundler, version and settings in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/** Rolldown warns when plugins are slow, which on a busy machine is noise here. */
const QUIET = { checks: { bundlerTimings: false } };

export const projectRoot = resolve(import.meta.dirname, '..', '..');

/** A fresh folder under the system's temp dir; remove it with removeDir. */
export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `reflect-${label}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The app exactly as `vite build` makes it, plus Vite's manifest (in `.vite/`),
 * which names the chunk each source module ended up in.
 */
export async function buildApp(outDir: string): Promise<void> {
  await build({
    configFile: resolve(projectRoot, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, manifest: true, rolldownOptions: QUIET },
  });
}

/**
 * The bare React app in scripts/bench/floor: react + react-dom and one component.
 * `offline`: with vite-plugin-pwa's default service worker, precaching it all, for
 * the offline cold start (not for the byte budget, which counts the app alone).
 */
export async function buildFloor(outDir: string, { offline = false }: { offline?: boolean } = {}): Promise<void> {
  await build({
    configFile: false,
    root: resolve(import.meta.dirname, 'floor'),
    logLevel: 'warn',
    plugins: [react(), ...(offline ? [VitePWA({ injectRegister: 'script', manifest: false, workbox: { navigateFallback: '/index.html' } })] : [])],
    build: { outDir, emptyOutDir: true, rolldownOptions: QUIET },
  });
}
