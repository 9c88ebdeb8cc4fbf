import { BrowserRouter, Route, Routes } from 'react-router';
import { DomainPage } from '../features/audit-form/domain-page';
import { AuditStartPage } from '../features/audit-form/audit-start-page';
import { HomePage } from '../features/audits/home-page';
import { NewAuditPage } from '../features/audits/new-audit-page';
import { ResultsPage } from '../features/results/results-page';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';

export function App() {
  return (
    <BrowserRouter>
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
    </BrowserRouter>
  );
}
