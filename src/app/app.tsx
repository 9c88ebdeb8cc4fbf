import { lazy, Suspense, useEffect } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
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
const PlanPage = lazy(() => import('../features/plan/plan-page').then((m) => ({ default: m.PlanPage })));
const SuggestionsPage = lazy(() => import('../features/plan/suggestions-page').then((m) => ({ default: m.SuggestionsPage })));
const PrintPlanPage = lazy(() => import('../features/plan/print-plan-page').then((m) => ({ default: m.PrintPlanPage })));
const SettingsPage = lazy(() => import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));

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
          {/* Meeting mode fills the screen: no site header or footer. */}
          <Route path="audits/:auditId/meeting" element={<MeetingPage />} />
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="audits/new" element={<NewAuditPage />} />
            <Route path="audits/:auditId" element={<AuditStartPage />} />
            <Route path="audits/:auditId/domains/:domainId" element={<DomainPage />} />
            <Route path="audits/:auditId/check" element={<CheckAnswersPage />} />
            <Route path="audits/:auditId/rename" element={<RenameAuditPage />} />
            <Route path="audits/:auditId/delete" element={<DeleteAuditPage />} />
            <Route path="audits/:auditId/next-review" element={<NextReviewPage />} />
            <Route path="audits/:auditId/results" element={<ResultsPage />} />
            <Route path="audits/:auditId/plan" element={<PlanPage />} />
            <Route path="audits/:auditId/plan/suggestions" element={<SuggestionsPage />} />
            <Route path="audits/:auditId/plan/print" element={<PrintPlanPage />} />
            <Route path="settings" element={<SettingsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
