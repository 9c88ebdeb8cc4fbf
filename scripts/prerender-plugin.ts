/**
 * Draws the pages in src/app/prerender.tsx into the built HTML: the home page
 * into index.html, the new-audit page into audits/new.html (which `vite
 * preview` and static hosts with "pretty URLs" serve at /audits/new). Their
 * heading, text and start button then paint as the HTML arrives.
 *
 * index.html is also what every other address gets (a host's single-page
 * fallback, and the service worker's for every navigation), so each page
 * carries a small inline script that empties the drawn page at any other
 * address before it paints.
 *
 * The same script starts the app once the browser reports the drawn page
 * painted (a hidden tab never paints, so a timer starts it there too): on a
 * slow phone the page shows before the scripts' download and run compete with it.
 *
 * The entry stylesheet goes into the HTML too: a separate file would hold the
 * first paint back by a whole round trip (the bare React floor has none). It
 * has no url()s, which would resolve differently from inside a page.
 *
 * The Content-Security-Policy allows that script and that style by their
 * hashes, and nothing else inline. It is also written to
 * content-security-policy.txt, for hosts that send it as a header.
 */
import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { Plugin, ResolvedConfig } from 'vite';
import { FROM_LAST_VISIT, HOME_LIST_KEY, HOME_LIST_SELECTOR } from '../src/features/audits/home-snapshot.ts';

const PAGES = [
  { path: '/', fileName: 'index.html' },
  { path: '/audits/new', fileName: 'audits/new.html' },
] as const;

const ROOT = '<div id="root"></div>';
const SCRIPT_SRC = "script-src 'self'";
const STYLE_SRC = "style-src 'self'";
const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[^"]+\.css)">/;

const ENTRY_SCRIPT = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * What the inline script does. The same text on every page and in every build
 * (the address and the entry are read from the root's attributes), so that its
 * hash, and so the policy a host sends as a header, stays the same.
 */
export const START_SCRIPT =
  'var root=document.getElementById("root");if(location.pathname!==root.dataset.drawnFor)root.replaceChildren();' +
  // The home page's list as the last visit drew it, if this build drew it (src/features/audits/home-snapshot.ts).
  `else try{var slot=root.querySelector(${JSON.stringify(HOME_LIST_SELECTOR)}),kept=slot&&JSON.parse(localStorage.getItem(${JSON.stringify(HOME_LIST_KEY)}));` +
  `if(kept&&kept.entry===root.dataset.entry&&typeof kept.html=="string"){slot.outerHTML=kept.html;root.dataset.${FROM_LAST_VISIT}=""}}catch(e){}` +
  'var started=false,start=function(){if(!started){started=true;import(root.dataset.entry)}};' +
  'try{new PerformanceObserver(start).observe({type:"paint",buffered:true})}catch(e){requestAnimationFrame(function(){setTimeout(start)})}setTimeout(start,200)';

/** The built HTML with `body` drawn into its root for `path`, and the script that starts the app (or first removes the page, at any other address). */
export function drawInto(html: string, body: string, path: string): string {
  const entry = ENTRY_SCRIPT.exec(html);
  if (!html.includes(ROOT) || !html.includes(SCRIPT_SRC) || !entry) throw new Error(`The built HTML has no ${ROOT}, no ${SCRIPT_SRC} or no entry script to draw ${path} into`);
  return html
    .replace(entry[0], '')
    .replace(ROOT, () => `<div id="root" data-drawn-for="${path}" data-entry="${entry[1]}">${body}</div><script>${START_SCRIPT}</script>`)
    .replace(SCRIPT_SRC, `${SCRIPT_SRC} ${sha256(START_SCRIPT)}`);
}

/** The policy in the built HTML's meta tag, for a host to send as a header too. */
export function policyOf(html: string): string {
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  if (!policy) throw new Error('The built HTML has no Content-Security-Policy');
  return policy;
}

/** The built HTML with its stylesheet link replaced by the style itself; `read` gives a built file's text. */
export function inlineStylesheet(html: string, read: (fileName: string) => string): string {
  const link = STYLESHEET.exec(html);
  if (!link || !html.includes(STYLE_SRC)) throw new Error(`The built HTML has no stylesheet link or no ${STYLE_SRC} to inline it under`);
  const css = read(link[1]!);
  if (/url\(|<\/style/i.test(css)) throw new Error(`${link[1]} has a url() or a closing style tag, so it cannot move into the page`);
  return html.replace(link[0], () => `<style>${css}</style>`).replace(STYLE_SRC, `${STYLE_SRC} ${sha256(css)}`);
}

/** The pages' HTML by path, drawn by prerender-pages.mjs (which says why it runs apart). */
export async function drawInOwnProcess(job: { root: string; define: Record<string, unknown>; paths: string[] }): Promise<Record<string, string>> {
  const script = resolve(import.meta.dirname, 'prerender-pages.mjs');
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [script, JSON.stringify(job)], {
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 64 * 1024 * 1024,
    });
    return JSON.parse(stdout) as Record<string, string>;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    throw new Error(`Drawing ${job.paths.join(' and ')} failed${stderr ? `:\n${stderr}` : ''}`, { cause: error });
  }
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
      const html = inlineStylesheet(String(entry.source), (fileName) => {
        const file = bundle[fileName];
        if (file?.type !== 'asset') throw new Error(`${fileName} is not in the build`);
        return String(file.source);
      });
      const drawn = await drawInOwnProcess({ root: config.root, define: config.define ?? {}, paths: PAGES.map((page) => page.path) });
      for (const page of PAGES) {
        const source = drawInto(html, drawn[page.path]!, page.path);
        if (page.fileName === 'index.html') entry.source = source;
        else this.emitFile({ type: 'asset', fileName: page.fileName, source });
      }
      // Both pages carry the same policy: the same script and the same style.
      this.emitFile({ type: 'asset', fileName: 'content-security-policy.txt', source: `${policyOf(String(entry.source))}\n` });
    },
  };
}
