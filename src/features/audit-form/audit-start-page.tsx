import { Navigate, useParams } from 'react-router';
import { AuditMissing } from './audit-missing';
import { useAuditData } from './use-audit-data';

/** Opening an audit takes you to its first domain. */
export function AuditStartPage() {
  const { auditId = '' } = useParams();
  const data = useAuditData(auditId);
  if (data.state === 'loading') return <p className="govuk-body">Loading…</p>;
  if (data.state === 'missing') return <AuditMissing />;
  const first = data.toolkit.domains[0];
  return <Navigate replace to={first ? `/audits/${auditId}/domains/${first.id}` : `/audits/${auditId}/results`} />;
}
