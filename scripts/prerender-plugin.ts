/**
 * Draws the pages in src/app/prerender.tsx into the built HTML: the home page
 * into index.html, the new-audit page into audits/new.html (which `vite
 * preview` and static hosts with "pretty URLs" serve at /audits/new). Their
 * heading, text and start button then paint as the HTML arrives.
 *
 * index.html is also what every other address gets (a host's single-page
 * fallback, and the service worker's for every navigation), so each page
 * carries a small inline script that empties the drawn page at any other
 * address before it paints. The Content-Security-Policy allows that script
 * by its hash, and nothing else inline.
 */
import { createHash } from 'node:crypto';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

const PAGES = [
  { name: 'home', path: '/', fileName: 'index.html' },
  { name: 'newAudit', path: '/audits/new', fileName: 'audits/new.html' },
] as const;

const ROOT = '<div id="root"></div>';
const SCRIPT_SRC = "script-src 'self'";

/** The built HTML with `body` drawn into its root, and the script that removes it at any other address. */
export function drawInto(html: string, body: string, path: string): string {
  if (!html.includes(ROOT) || !html.includes(SCRIPT_SRC)) throw new Error(`The built HTML has no ${ROOT} or no ${SCRIPT_SRC} to draw ${path} into`);
  const guard = `if(location.pathname!==${JSON.stringify(path)})document.getElementById("root").replaceChildren()`;
  const hash = createHash('sha256').update(guard).digest('base64');
  return html.replace(ROOT, `<div id="root">${body}</div><script>${guard}</script>`).replace(SCRIPT_SRC, `${SCRIPT_SRC} 'sha256-${hash}'`);
}

export function prerenderPlugin(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'reflect:prerender',
    apply: 'build',
    // After Vite has written its script and style tags into index.html, before the service worker lists the files.
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async generateBundle(_options, bundle) {
      const entry = bundle['index.html'];
      if (entry?.type !== 'asset') return;
      const html = String(entry.source);
      const server = await createServer({
        configFile: false,
        root: config.root,
        logLevel: 'error',
        define: config.define,
        plugins: [react()],
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
        server: { middlewareMode: true, hmr: false, ws: false },
      });
      try {
        const { prerender } = (await server.ssrLoadModule('/app/prerender.tsx')) as { prerender: (name: string) => string };
        for (const page of PAGES) {
          const source = drawInto(html, prerender(page.name), page.path);
          if (page.fileName === 'index.html') entry.source = source;
          else this.emitFile({ type: 'asset', fileName: page.fileName, source });
        }
      } finally {
        await server.close();
      }
    },
  };
}
