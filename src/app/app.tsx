import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { routes, type RouteName } from '../lib/paths';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

// Every screen loads on demand, so the first visit stays light: even the
// audits list, which brings IndexedDB (Dexie) with it, arrives as its own
// chunk while the header paints. Each is precached by the service worker, so
// they still open offline.
const HomePage = lazy(() => import('../features/audits/home-page').then((m) => ({ default: m.HomePage })));
const NewAuditPage = lazy(() => import('../features/audits/new-audit-page').then((m) => ({ default: m.NewAuditPage })));
const AuditStartPage = lazy(() => import('../features/audit-form/audit-start-page').then((m) => ({ default: m.AuditStartPage })));
const DomainPage = lazy(() => import('../features/audit-form/domain-page').then((m) => ({ default: m.DomainPage })));
const CheckAnswersPage = lazy(() => import('../features/audit-form/check-answers-page').then((m) => ({ default: m.CheckAnswersPage })));
const RenameAuditPage = lazy(() => import('../features/audits/rename-audit-page').then((m) => ({ default: m.RenameAuditPage })));
const DeleteAuditPage = lazy(() => import('../features/audits/delete-audit-page').then((m) => ({ default: m.DeleteAuditPage })));
const NextReviewPage = lazy(() => import('../features/audits/next-review-page').then((m) => ({ default: m.NextReviewPage })));
const ResultsPage = lazy(() => import('../features/results/results-page').then((m) => ({ default: m.ResultsPage })));
const MeetingPage = lazy(() => import('../features/meeting/meeting-page').then((m) => ({ default: m.MeetingPage })));
const AgreePage = lazy(() => import('../features/meeting/agree-page').then((m) => ({ default: m.AgreePage })));
const PlanPage = lazy(() => import('../features/plan/plan-page').then((m) => ({ default: m.PlanPage })));
const SuggestionsPage = lazy(() => import('../features/plan/suggestions-page').then((m) => ({ default: m.SuggestionsPage })));
const PrintPlanPage = lazy(() => import('../features/plan/print-plan-page').then((m) => ({ default: m.PrintPlanPage })));
const QuestionnairePage = lazy(() => import('../features/questionnaires/questionnaire-page').then((m) => ({ default: m.QuestionnairePage })));
const TeamPage = lazy(() => import('../features/team/team-page').then((m) => ({ default: m.TeamPage })));
const RespondentStartPage = lazy(() => import('../features/audit-form/respondent-start-page').then((m) => ({ default: m.RespondentStartPage })));
const RespondentDomainPage = lazy(() => import('../features/audit-form/respondent-domain-page').then((m) => ({ default: m.RespondentDomainPage })));
const RespondentFinishPage = lazy(() => import('../features/audit-form/respondent-finish-page').then((m) => ({ default: m.RespondentFinishPage })));
const ResponsePage = lazy(() => import('../features/invitation/response-page').then((m) => ({ default: m.ResponsePage })));
const OpenInvitationPage = lazy(() => import('../features/invitation/open-invitation-page').then((m) => ({ default: m.OpenInvitationPage })));
const KioskPage = lazy(() => import('../features/kiosk/kiosk-page').then((m) => ({ default: m.KioskPage })));
const SettingsPage = lazy(() => import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));

/**
 * The page for each route in the paths module. Meeting mode and the kiosk fill the screen, with no site
 * header or footer: a projector needs the room, and someone answering at the kiosk should find no way into the app.
 */
const pages: Record<RouteName, { Page: ComponentType; isFullScreen?: true }> = {
  home: { Page: HomePage },
  newAudit: { Page: NewAuditPage },
  audit: { Page: AuditStartPage },
  domain: { Page: DomainPage },
  checkAnswers: { Page: CheckAnswersPage },
  rename: { Page: RenameAuditPage },
  delete: { Page: DeleteAuditPage },
  nextReview: { Page: NextReviewPage },
  results: { Page: ResultsPage },
  meeting: { Page: MeetingPage, isFullScreen: true },
  meetingAgree: { Page: AgreePage, isFullScreen: true },
  plan: { Page: PlanPage },
  planSuggestions: { Page: SuggestionsPage },
  printPlan: { Page: PrintPlanPage },
  questionnaire: { Page: QuestionnairePage },
  team: { Page: TeamPage },
  respondent: { Page: RespondentStartPage },
  respondentDomain: { Page: RespondentDomainPage },
  respondentFinish: { Page: RespondentFinishPage },
  response: { Page: ResponsePage },
  openInvitation: { Page: OpenInvitationPage },
  kiosk: { Page: KioskPage, isFullScreen: true },
  settings: { Page: SettingsPage },
  notFound: { Page: NotFoundPage },
};

function routesWhere(isFullScreen: boolean) {
  return (Object.keys(pages) as RouteName[])
    .filter((name) => (pages[name].isFullScreen ?? false) === isFullScreen)
    .map((name) => {
      const { Page } = pages[name];
      return <Route key={name} path={routes[name]} element={<Page />} />;
    });
}

function Loading() {
  return <p className="govuk-body">Loading…</p>;
}

export function App() {
  // Edits a page made just before it closed, journalled but never committed, are
  // saved now. Loaded on demand so that IndexedDB code stays out of the first load.
  useEffect(() => {
    void import('../operations/answers').then(({ replayUnsavedEdits }) => replayUnsavedEdits());
  }, []);
  return (
    <BrowserRouter>
      <Suspense fallback={<Loading />}>
        <Routes>
          {routesWhere(true)}
          <Route element={<Layout />}>{routesWhere(false)}</Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
