import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { listEntryFiles, listStaticImports, measureFirstLoad } from '../../../scripts/bench/first-load';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function makeBuild(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'first-load-test-'));
  for (const [path, contents] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), contents);
  }
  return dir;
}

const gzip = (text: string) => gzipSync(text).length;

describe('listEntryFiles', () => {
  it('finds module scripts, module preloads and stylesheets, and nothing else', () => {
    const html = `<head>
      <script type="module" crossorigin src="/assets/index-a1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b2.js">
      <link rel="stylesheet" href="/assets/index-c3.css">
      <link rel="manifest" href="/manifest.webmanifest">
      <link rel="icon" href="/icons/icon.svg">
      <link rel="prefetch" href="/assets/later-d4.js">
      <script src="https://cdn.example.org/tracker.js"></script>
    </head>`;
    expect(listEntryFiles(html)).toEqual(['assets/index-a1.js', 'assets/vendor-b2.js', 'assets/index-c3.css']);
  });
});

describe('listStaticImports', () => {
  it('follows import and export-from, but not import()', () => {
    const code = 'import{a as b}from"./react-x1.js";import"./side-y2.js";export*from"./re-z3.js";const l=()=>import("./lazy-w4.js");';
    expect(listStaticImports(code, 'assets/index.js')).toEqual(['assets/react-x1.js', 'assets/side-y2.js', 'assets/re-z3.js']);
  });
});

describe('measureFirstLoad', () => {
  it('adds up gzip bytes of the entry, its static imports (transitively) and CSS, leaving lazy chunks out', () => {
    const entry = 'import{r}from"./shared.js";r();const page=()=>import("./lazy.js");'.repeat(3);
    const shared = 'import"./deep.js";export const r=()=>1;';
    const deep = 'console.log("deep");';
    const css = 'body{margin:0}';
    const build = makeBuild({
      'index.html': '<script type="module" src="/assets/entry.js"></script><link rel="stylesheet" href="/assets/app.css">',
      'assets/entry.js': entry,
      'assets/shared.js': shared,
      'assets/deep.js': deep,
      'assets/lazy.js': 'export default "a big lazy screen";'.repeat(100),
      'assets/app.css': css,
    });
    const result = measureFirstLoad(build);
    expect(result.files.map(({ file }) => file).sort()).toEqual(['assets/app.css', 'assets/deep.js', 'assets/entry.js', 'assets/shared.js']);
    expect(result.js).toBe(gzip(entry) + gzip(shared) + gzip(deep));
    expect(result.css).toBe(gzip(css));
  });

  it('counts the entry that the inline script starts once the drawn page has painted', () => {
    const html = '<div id="root" data-drawn-for="/" data-entry="/assets/entry.js"><h1>Drawn</h1></div><script>start()</script>';
    expect(listEntryFiles(html)).toEqual(['assets/entry.js']);
    const build = makeBuild({ 'index.html': html, 'assets/entry.js': 'import"./shared.js";', 'assets/shared.js': 'export{}' });
    expect(measureFirstLoad(build).files.map(({ file }) => file)).toEqual(['assets/entry.js', 'assets/shared.js']);
  });

  it('counts a stylesheet moved into the HTML as first-load CSS', () => {
    const inline = 'main{color:#0b0c0c}'.repeat(20);
    const build = makeBuild({
      'index.html': `<style>${inline}</style><script type="module" src="/assets/entry.js"></script>`,
      'assets/entry.js': 'export{}',
    });
    expect(measureFirstLoad(build).css).toBe(gzip(inline));
  });

  it('counts a file once however many chunks import it', () => {
    const build = makeBuild({
      'index.html': '<script type="module" src="/assets/a.js"></script><link rel="modulepreload" href="/assets/b.js">',
      'assets/a.js': 'import"./b.js";import"./c.js";',
      'assets/b.js': 'import"./c.js";',
      'assets/c.js': 'export{}',
    });
    expect(measureFirstLoad(build).files.map(({ file }) => file)).toEqual(['assets/a.js', 'assets/b.js', 'assets/c.js']);
  });
});
