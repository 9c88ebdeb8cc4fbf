import { lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { claimReload, isCodeLoadFailure } from '../lib/code-load-failure';
import { routes, type RouteName } from '../lib/routes';
import { registerRouteLoaders } from '../lib/route-loaders';
import { Layout, Loading } from './layout';

// Every screen loads on demand, so the first visit stays light: even the
// audits list, which brings IndexedDB (Dexie) with it, arrives as its own
// chunk while the header paints. Each is precached by the service worker, so
// they still open offline. A page may warm the code of the screens it links
// to (route-preload.ts), so that following a link need not wait for it.
function lazyPage(load: () => Promise<ComponentType>): { Page: ComponentType; load: () => Promise<unknown> } {
  let loading: Promise<{ default: ComponentType }> | undefined;
  let Loaded: ComponentType | undefined;
  // One promise for the warming and for React, so the code is fetched once; a failure is tried again next time.
  const once = () =>
    (loading ??= load().then(
      (Page) => {
        Loaded = Page;
        return { default: Page };
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(() => once().catch(reloadOnceForCode));
  // Code already here (warmed, or awaited before the first draw over the built HTML: main.tsx) is drawn
  // at once rather than after a "Loading…". Chosen once per mount, so the page never remounts.
  function Page() {
    const [Chosen] = useState(() => Loaded ?? Lazy);
    return <Chosen />;
  }
  return { Page, load: once };
}

/**
 * A screen whose code did not arrive reloads the page once (code-load-failure.ts);
 * the error boundary explains if that did not help. Only the screen being drawn
 * does this: a warming that failed stays quiet.
 */
function reloadOnceForCode(error: unknown): never | Promise<never> {
  if (isCodeLoadFailure(error) && claimReload(sessionStorageIfAllowed(), window.location.href, Date.now())) {
    window.location.reload();
    // The page is going: keep showing "Loading…" until it does.
    return new Promise<never>(() => undefined);
  }
  throw error;
}

function sessionStorageIfAllowed(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/**
 * The page for each route in the paths module. Meeting mode and the kiosk fill the screen, with no site
 * header or footer: a projector needs the room, and someone answering at the kiosk should find no way into the app.
 */
const pages: Record<RouteName, { Page: ComponentType; load: () => Promise<unknown>; isFullScreen?: true }> = {
  home: lazyPage(() => import('../features/audits/home-page').then((m) => m.HomePage)),
  // Drawn with the shipped toolkits from the start, so they load with its code.
  newAudit: lazyPage(() => import('../features/audits/new-audit-page').then(async (m) => (await m.prepareNewAuditPage(), m.NewAuditPage))),
  audit: lazyPage(() => import('../features/audit-form/audit-start-page').then((m) => m.AuditStartPage)),
  domain: lazyPage(() => import('../features/audit-form/domain-page').then((m) => m.DomainPage)),
  checkAnswers: lazyPage(() => import('../features/audit-form/check-answers-page').then((m) => m.CheckAnswersPage)),
  rename: lazyPage(() => import('../features/audits/rename-audit-page').then((m) => m.RenameAuditPage)),
  delete: lazyPage(() => import('../features/audits/delete-audit-page').then((m) => m.DeleteAuditPage)),
  nextReview: lazyPage(() => import('../features/audits/next-review-page').then((m) => m.NextReviewPage)),
  results: lazyPage(() => import('../features/results/results-page').then((m) => m.ResultsPage)),
  meeting: { ...lazyPage(() => import('../features/meeting/meeting-page').then((m) => m.MeetingPage)), isFullScreen: true },
  meetingAgree: { ...lazyPage(() => import('../features/meeting/agree-page').then((m) => m.AgreePage)), isFullScreen: true },
  meetingReview: { ...lazyPage(() => import('../features/meeting/plan-review-page').then((m) => m.PlanReviewPage)), isFullScreen: true },
  plan: lazyPage(() => import('../features/plan/plan-page').then((m) => m.PlanPage)),
  planSuggestions: lazyPage(() => import('../features/plan/suggestions-page').then((m) => m.SuggestionsPage)),
  printPlan: lazyPage(() => import('../features/plan/print-plan-page').then((m) => m.PrintPlanPage)),
  governorsSummary: lazyPage(() => import('../features/plan/governors-summary-page').then((m) => m.GovernorsSummaryPage)),
  planReview: lazyPage(() => import('../features/plan/plan-review-start-page').then((m) => m.PlanReviewStartPage)),
  planReviewAction: lazyPage(() => import('../features/plan/plan-review-action-page').then((m) => m.PlanReviewActionPage)),
  planReviewSummary: lazyPage(() => import('../features/plan/plan-review-summary-page').then((m) => m.PlanReviewSummaryPage)),
  questionnaire: lazyPage(() => import('../features/questionnaires/questionnaire-page').then((m) => m.QuestionnairePage)),
  team: lazyPage(() => import('../features/team/team-page').then((m) => m.TeamPage)),
  respondent: lazyPage(() => import('../features/audit-form/respondent-start-page').then((m) => m.RespondentStartPage)),
  respondentDomain: lazyPage(() => import('../features/audit-form/respondent-domain-page').then((m) => m.RespondentDomainPage)),
  respondentFinish: lazyPage(() => import('../features/audit-form/respondent-finish-page').then((m) => m.RespondentFinishPage)),
  response: lazyPage(() => import('../features/invitation/response-page').then((m) => m.ResponsePage)),
  openInvitation: lazyPage(() => import('../features/invitation/open-invitation-page').then((m) => m.OpenInvitationPage)),
  kiosk: { ...lazyPage(() => import('../features/kiosk/kiosk-page').then((m) => m.KioskPage)), isFullScreen: true },
  toolkits: lazyPage(() => import('../features/toolkits/toolkits-page').then((m) => m.ToolkitsPage)),
  toolkit: lazyPage(() => import('../features/toolkits/toolkit-page').then((m) => m.ToolkitPage)),
  toolkitPrint: lazyPage(() => import('../features/toolkits/toolkit-print-page').then((m) => m.ToolkitPrintPage)),
  settings: lazyPage(() => import('../features/settings/settings-page').then((m) => m.SettingsPage)),
  shareSummary: lazyPage(() => import('../features/share-summary/share-summary-page').then((m) => m.ShareSummaryPage)),
  localAuthority: lazyPage(() => import('../features/local-authority/local-authority-page').then((m) => m.LocalAuthorityPage)),
  rollup: lazyPage(() => import('../features/local-authority/rollup-page').then((m) => m.RollupPage)),
  schoolSummary: lazyPage(() => import('../features/local-authority/school-summary-page').then((m) => m.SchoolSummaryPage)),
  showcase: lazyPage(() => import('../features/local-authority/showcase-page').then((m) => m.ShowcasePage)),
  notFound: lazyPage(() => import('./not-found-page').then((m) => m.NotFoundPage)),
};

registerRouteLoaders(Object.fromEntries(Object.entries(pages).map(([name, { load }]) => [name, load])));

/**
 * Fetches the code of the page at `pathname`, so that the first draw can be that page (main.tsx).
 * Only the pages the build draws are asked for, and each has an address without parameters.
 */
export function loadPageAt(pathname: string): Promise<unknown> {
  const name = (Object.keys(pages) as RouteName[]).find((page) => routes[page] === pathname);
  return name ? pages[name].load() : Promise.resolve();
}

function routesWhere(isFullScreen: boolean) {
  return (Object.keys(pages) as RouteName[])
    .filter((name) => (pages[name].isFullScreen ?? false) === isFullScreen)
    .map((name) => {
      const { Page } = pages[name];
      return <Route key={name} path={routes[name]} element={<Page />} />;
    });
}

/** `Router`: the browser's address, or a fixed one when the build draws a page (prerender.tsx). */
export function App({ Router = BrowserRouter }: { Router?: ComponentType<{ children: ReactNode }> }) {
  // Edits a page made just before it closed, journalled but never committed, are
  // saved now. Loaded on demand so that IndexedDB code stays out of the first load.
  useEffect(() => {
    void import('../operations/answers').then(({ replayUnsavedEdits }) => replayUnsavedEdits());
  }, []);
  return (
    <Router>
      {/* The layout has its own, inside the header and footer; this one is for the full-screen views. */}
      <ErrorBoundary isPage>
        <Suspense fallback={<Loading />}>
          <Routes>
            {routesWhere(true)}
            <Route element={<Layout />}>{routesWhere(false)}</Route>
          </Routes>
        </Suspense>
      </ErrorBoundary>
    </Router>
  );
}
