import { useParams } from 'react-router';
import { chooseNextReviewToolkit } from '../../core/copy-forward';
import { usePageTitle } from '../../components/use-page-title';
import { useAnswers, useAudit, useAuditToolkit, useReflections } from '../../hooks/audit-hooks';
import { useShippedToolkits } from '../../hooks/use-toolkits';
import { AuditNotFound } from '../../components/audit-not-found';
import { NextReviewForm } from './next-review-form';

/** "Start the next review from this one": loads what the copy needs, then asks for the new review's details. */
export function NextReviewPage() {
  usePageTitle('Start the next review');
  const { auditId = '' } = useParams();
  const audit = useAudit(auditId);
  const kept = useAuditToolkit(audit);
  const shipped = useShippedToolkits();
  const answers = useAnswers(auditId);
  const reflections = useReflections(auditId);

  if (audit === null || kept === null) return <AuditNotFound />;
  if (!audit || !kept || !answers || !reflections || shipped.state === 'loading') return <p className="govuk-body">Loading…</p>;
  // A broken shipped toolkit should not stop a review of the one already kept.
  const toolkit = chooseNextReviewToolkit(kept, shipped.state === 'ready' ? shipped.value.toolkits : []);
  return <NextReviewForm source={audit} keptToolkit={kept} toolkit={toolkit} answers={answers} reflections={reflections} />;
}
