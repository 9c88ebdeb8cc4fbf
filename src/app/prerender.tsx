/**
 * The pages a first visit most often opens, drawn to HTML when the app is
 * built (scripts/prerender-plugin.ts), so that their heading, text and start
 * button paint as the HTML arrives instead of after the scripts and the
 * database. Drawn from the same components the app runs, before any stored
 * data is known, which is also what the app's first draw shows: main.tsx then
 * replaces this HTML with the same page, live.
 */
import { StrictMode, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { Route, Routes, StaticRouter } from 'react-router';
import { HomePage } from '../features/audits/home-page';
import { NewAuditPage } from '../features/audits/new-audit-page';
import { routes, type RouteName } from '../lib/paths';
import { Layout } from './layout';

export const PRERENDERED: Partial<Record<RouteName, ComponentType>> = { home: HomePage, newAudit: NewAuditPage };

export function prerender(name: keyof typeof PRERENDERED): string {
  const Page = PRERENDERED[name]!;
  return renderToString(
    <StrictMode>
      <StaticRouter location={routes[name]}>
        <Routes>
          <Route element={<Layout />}>
            <Route path={routes[name]} element={<Page />} />
          </Route>
        </Routes>
      </StaticRouter>
    </StrictMode>,
  );
}
