/**
 * Builds the SurveyJS reference (this folder) with Vite's build(), as
 * builds.ts builds the bare React floor, so it goes through the same bundler.
 */
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export async function buildSurveyJs(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: import.meta.dirname,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, rolldownOptions: { checks: { bundlerTimings: false } } },
  });
}
