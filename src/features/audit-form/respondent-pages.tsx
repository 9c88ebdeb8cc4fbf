import type { ReactNode } from 'react';
import { AuditNotFound } from '../../components/audit-not-found';
import { PersonNotFound } from './person-not-found';
import { RespondentUnavailable } from './respondent-unavailable';
import { useRespondentData, type ReadyRespondent, type UnavailableRespondent } from './use-respondent-data';

interface RespondentPagesProps {
  auditId: string;
  respondentId: string;
  /** The page itself, while the person can rate. */
  render: (data: ReadyRespondent) => ReactNode;
  /** What the page shows once they have finished, in place of the "has finished" notice. */
  renderFinished?: (data: UnavailableRespondent) => ReactNode;
}

/** Every page of one person's turn on this device: loading, not found and "cannot rate here now" said once. */
export function RespondentPages({ auditId, respondentId, render, renderFinished }: RespondentPagesProps) {
  const data = useRespondentData(auditId, respondentId);
  if (data.state === 'loading') return <p className="govuk-body">Loading…</p>;
  if (data.state === 'finished' && renderFinished) return renderFinished(data);
  if (data.state === 'no-audit') return <AuditNotFound />;
  if (data.state === 'no-person') return <PersonNotFound audit={data.audit} />;
  if (data.state !== 'ready') return <RespondentUnavailable why={data.state} audit={data.audit} respondent={data.respondent} leadName={data.leadName} />;
  return render(data);
}
