/**
 * The JavaScript a screen adds on top of the first load, found through Vite's
 * build manifest (which maps source modules to the chunks they ended up in).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeOverStaticImports, measureFiles } from './first-load';

interface ManifestChunk {
  file: string;
  src?: string;
  isDynamicEntry?: boolean;
}

export function readBuildManifest(buildDir: string): ManifestChunk[] {
  const path = join(buildDir, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: build with build.manifest = true`);
  return Object.values(JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>);
}

/**
 * Gzip bytes of the lazily loaded chunks whose source matches `source`, with
 * everything they import statically, less what is already loaded (`loaded`).
 * Null when no such chunk exists (the screen was renamed or removed).
 */
export function measureLazyChunks(buildDir: string, source: RegExp, loaded: readonly string[]): { gzip: number; files: string[] } | null {
  const entries = readBuildManifest(buildDir).filter((chunk) => chunk.isDynamicEntry && chunk.src && source.test(chunk.src));
  if (entries.length === 0) return null;
  const files = closeOverStaticImports(
    buildDir,
    entries.map((chunk) => chunk.file),
  ).filter((file) => !loaded.includes(file));
  return { gzip: measureFiles(buildDir, files).reduce((sum, { gzip }) => sum + gzip, 0), files };
}
