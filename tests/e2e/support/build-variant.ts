import { resolve } from 'node:path';
import { build } from 'vite';

/**
 * Builds the app again into `outDir` as a new release would be: the same
 * code, with the version shown in the footer changed, so every chunk that
 * shows it gets a new hash and the service worker a new precache list.
 */
export async function buildVariant(outDir: string, version: string): Promise<void> {
  await build({
    configFile: resolve(import.meta.dirname, '../../../vite.config.ts'),
    logLevel: 'warn',
    define: { __APP_VERSION__: JSON.stringify(version) },
    build: { outDir, emptyOutDir: true },
  });
}
