import { Navigate, useParams } from 'react-router';
import { findResumeDomain } from '../../core/progress';
import { AuditNotFound } from '../../components/audit-not-found';
import { paths } from '../../lib/paths';
import { useAuditData } from './use-audit-data';

/** Opening an audit takes you to where you left off: the first domain with something unanswered. */
export function AuditStartPage() {
  const { auditId = '' } = useParams();
  const data = useAuditData(auditId);
  if (data.state === 'loading') return <p className="govuk-body">Loading…</p>;
  if (data.state === 'missing') return <AuditNotFound />;
  const first = findResumeDomain(data.toolkit, data.answers);
  return <Navigate replace to={first ? paths.domain(auditId, first.id) : paths.checkAnswers(auditId)} />;
}
