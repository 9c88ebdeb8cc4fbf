/**
 * What a build makes the browser download before first paint: the scripts,
 * module preloads and stylesheets the entry HTML names, plus every chunk those
 * scripts import statically (a dynamic import() waits until it is needed, so
 * it is not counted). Sizes are gzip bytes, as a server would send them.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface LoadedFile {
  /** Path inside the build folder, e.g. `assets/index-abc123.js`. */
  file: string;
  gzip: number;
}

export interface FirstLoad {
  js: number;
  css: number;
  files: LoadedFile[];
}

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([a-z-]+)\s*=\s*("([^"]*)"|'([^']*)')/gi;
/** `import{a}from"./x.js"`, `export*from"./x.js"` and `import"./x.js"`, but not `import("./x.js")`. */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g;

function attributesOf(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(ATTRIBUTE)) attributes[match[1]!.toLowerCase()] = match[3] ?? match[4] ?? '';
  return attributes;
}

/** Same-origin, root-relative or relative URL → path inside the build folder; null for anything else. */
function toBuildPath(url: string, fromFile: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) return null;
  const path = url.startsWith('/') ? url.slice(1) : posix.join(posix.dirname(fromFile), url);
  return posix.normalize(path.split(/[?#]/)[0]!);
}

const STARTED_ENTRY = /\bdata-entry="([^"]+)"/g;

/** The files the entry HTML makes the browser fetch at once: its tags, and the app's entry that its inline script starts. */
export function listEntryFiles(html: string): string[] {
  const files: string[] = [];
  // The entry an inline script starts, named on the root (scripts/prerender-plugin.ts).
  for (const match of html.matchAll(STARTED_ENTRY)) {
    const path = toBuildPath(match[1]!, 'index.html');
    if (path) files.push(path);
  }
  for (const match of html.matchAll(TAG)) {
    const name = match[1]!.toLowerCase();
    const attributes = attributesOf(match[2]!);
    const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
    const url =
      name === 'script' && attributes.src
        ? attributes.src
        : name === 'link' && (rel.includes('stylesheet') || rel.includes('modulepreload'))
          ? attributes.href
          : undefined;
    const path = url && toBuildPath(url, 'index.html');
    if (path && /\.(m?js|css)$/.test(path)) files.push(path);
  }
  return files;
}

export function listStaticImports(code: string, fromFile: string): string[] {
  return [...code.matchAll(STATIC_IMPORT)].map((match) => toBuildPath(match[1]!, fromFile)).filter((path): path is string => path !== null);
}

export function gzipSize(contents: Buffer | string): number {
  return gzipSync(contents).length;
}

/** Every file reachable from `start` through static imports, `start` included. */
export function closeOverStaticImports(buildDir: string, start: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.m?js$/.test(file)) return;
    for (const imported of listStaticImports(readFileSync(join(buildDir, file), 'utf8'), file)) visit(imported);
  };
  start.forEach(visit);
  return [...seen];
}

export function measureFiles(buildDir: string, files: readonly string[]): LoadedFile[] {
  return files.map((file) => ({ file, gzip: gzipSize(readFileSync(join(buildDir, file))) }));
}

const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

export function measureFirstLoad(buildDir: string, entryHtml = 'index.html'): FirstLoad {
  const html = readFileSync(join(buildDir, entryHtml), 'utf8');
  const files = measureFiles(buildDir, closeOverStaticImports(buildDir, listEntryFiles(html)));
  const sum = (pattern: RegExp) => files.filter(({ file }) => pattern.test(file)).reduce((total, { gzip }) => total + gzip, 0);
  // A stylesheet moved into the HTML still has to arrive before the first paint.
  const inlineCss = [...html.matchAll(INLINE_STYLE)].reduce((total, match) => total + gzipSize(match[1]!), 0);
  return { js: sum(/\.m?js$/), css: sum(/\.css$/) + inlineCss, files };
}
