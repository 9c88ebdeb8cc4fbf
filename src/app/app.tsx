import { lazy, Suspense } from 'react';
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
const ResultsPage = lazy(() => import('../features/results/results-page').then((m) => ({ default: m.ResultsPage })));

function Loading() {
  return <p className="govuk-body">Loading…</p>;
}

export function App() {
  return (
    <BrowserRouter>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="audits/new" element={<NewAuditPage />} />
            <Route path="audits/:auditId" element={<AuditStartPage />} />
            <Route path="audits/:auditId/domains/:domainId" element={<DomainPage />} />
            <Route path="audits/:auditId/results" element={<ResultsPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </BrowserRouter>
  );
}
