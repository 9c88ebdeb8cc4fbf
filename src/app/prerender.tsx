/**
 * The pages a first visit most often opens, drawn to HTML when the app is
 * built (scripts/prerender-plugin.ts), so that their heading, text and start
 * button paint as the HTML arrives instead of after the scripts and the
 * database. This is the app itself at that address, before any stored data is
 * known, which is also what its first draw in the browser is: main.tsx then
 * takes the drawn page over (hydrates it) without drawing it again.
 */
import { StrictMode, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App, loadPageAt } from './app';

export async function prerender(path: string): Promise<string> {
  await loadPageAt(path);
  const Router = ({ children }: { children: ReactNode }) => <StaticRouter location={path}>{children}</StaticRouter>;
  return renderToString(
    <StrictMode>
      <App Router={Router} />
    </StrictMode>,
  );
}
