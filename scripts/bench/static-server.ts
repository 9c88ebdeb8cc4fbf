/**
 * Serves a build folder as a static host does: every compressible file gzip
 * compressed (ahead of time, so the time to compress is not measured), with
 * Content-Length, the right Content-Type, `/a/b.html` at `/a/b`, and
 * index.html for any other address that is not a file (a single-page app's routes). The app, the bare React floor
 * and the SurveyJS reference are all served by this, so they compare fairly.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.ttf', '.txt']);

interface Entry {
  raw: Buffer;
  /** The gzip body, for a compressible file. */
  gzip: Buffer | null;
  type: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export interface StaticServer {
  url: string;
  /** Stops serving: what the browser has not cached is gone. */
  close: () => Promise<void>;
}

export async function serveStatic(dir: string): Promise<StaticServer> {
  const files = new Map<string, Entry>();
  for (const path of walk(dir)) {
    const url = `/${relative(dir, path).split(sep).join('/')}`;
    const extension = extname(path);
    const raw = readFileSync(path);
    const gzip = COMPRESSIBLE.has(extension);
    files.set(url, { raw, gzip: gzip ? gzipSync(raw, { level: 9 }) : null, type: TYPES[extension] ?? 'application/octet-stream' });
  }
  const fallback = files.get('/index.html');
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const entry = files.get(path) ?? (path.endsWith('/') ? files.get(`${path}index.html`) : files.get(`${path}.html`)) ?? (extname(path) === '' ? fallback : undefined);
    if (!entry) {
      response.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Length': 9 }).end('Not found');
      return;
    }
    const gzip = entry.gzip !== null && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip! : entry.raw;
    response.writeHead(200, {
      'Content-Type': entry.type,
      'Content-Length': body.length,
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
      Vary: 'Accept-Encoding',
      // As a host serves a PWA: hashed assets kept, everything else checked each time.
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
