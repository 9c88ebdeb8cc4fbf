import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { measureLazyChunks } from '../../../scripts/bench/lazy-chunks';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function makeBuild(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'lazy-chunks-test-'));
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

const manifest = {
  'index.html': { file: 'assets/entry.js', src: 'index.html', isEntry: true },
  'features/results/results-page.tsx': { file: 'assets/results.js', src: 'features/results/results-page.tsx', isDynamicEntry: true },
  'pdf/render.ts': { file: 'assets/pdf.js', src: 'pdf/render.ts', isDynamicEntry: true },
};

describe('measureLazyChunks', () => {
  it('counts a lazy screen with its static imports, less what is already loaded', () => {
    const results = 'import"./charts.js";import"./react.js";export default 1;';
    const charts = 'export const chart="radar";';
    const build = makeBuild({
      '.vite/manifest.json': JSON.stringify(manifest),
      'assets/entry.js': 'import"./react.js";',
      'assets/react.js': 'export{}',
      'assets/results.js': results,
      'assets/charts.js': charts,
      'assets/pdf.js': 'export{}',
    });
    const measured = measureLazyChunks(build, /results-page\.tsx$/, ['assets/entry.js', 'assets/react.js']);
    expect(measured?.files).toEqual(['assets/results.js', 'assets/charts.js']);
    expect(measured?.gzip).toBe(gzipSync(results).length + gzipSync(charts).length);
  });

  it('says so when no chunk comes from that source', () => {
    const build = makeBuild({ '.vite/manifest.json': JSON.stringify(manifest) });
    expect(measureLazyChunks(build, /meeting-page\.tsx$/, [])).toBeNull();
  });

  it('asks for the manifest when the build has none', () => {
    const build = makeBuild({ 'index.html': '' });
    expect(() => measureLazyChunks(build, /x/, [])).toThrow(/manifest/);
  });
});
