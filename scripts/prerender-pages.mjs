/**
 * Draws the pages for scripts/prerender-plugin.ts, in a process of its own.
 * React picks its development or its production build once per process, when
 * it is first loaded, from NODE_ENV at that moment. A build started from a
 * process that had already loaded React (a test runner whose helpers import
 * react-router, say) would pair that development React with react-dom's
 * production server renderer, which fails. Here React is always loaded fresh,
 * for production, as users get it.
 *
 * Reads {"root", "define", "paths"} as JSON from its first argument; writes
 * {"<path>": "<html>"} as JSON to stdout.
 */
import process from 'node:process';
import react from '@vitejs/plugin-react';
import { createServer } from 'vite';

const { root, define, paths } = JSON.parse(process.argv[2] ?? '');
const server = await createServer({
  configFile: false,
  root,
  mode: 'production',
  logLevel: 'error',
  define,
  plugins: [react()],
  appType: 'custom',
  optimizeDeps: { noDiscovery: true, include: [] },
  server: { middlewareMode: true, hmr: false, ws: false },
});
try {
  const { prerender } = await server.ssrLoadModule('/app/prerender.tsx');
  const pages = {};
  for (const path of paths) pages[path] = await prerender(path);
  process.stdout.write(JSON.stringify(pages));
} finally {
  await server.close();
}
