import { useParams } from 'react-router';
import { chooseNextReviewToolkit } from '../../core/copy-forward';
import { usePageTitle } from '../../components/use-page-title';
import { useToolkits } from '../../lib/use-toolkits';
import { useReflections } from '../../storage/audit-form-hooks';
import { useAnswers, useAudit, useStoredToolkit } from '../../storage/hooks';
import { AuditNotFound } from '../../components/audit-not-found';
import { NextReviewForm } from './next-review-form';

/** "Start the next review from this one": loads what the copy needs, then asks for the new review's details. */
export function NextReviewPage() {
  usePageTitle('Start the next review');
  const { auditId = '' } = useParams();
  const audit = useAudit(auditId);
  const kept = useStoredToolkit(audit);
  const shipped = useToolkits();
  const answers = useAnswers(auditId);
  const reflections = useReflections(auditId);

  if (audit === null || kept === null) return <AuditNotFound />;
  if (!audit || !kept || !answers || !reflections || shipped.state === 'loading') return <p className="govuk-body">Loading…</p>;
  // A broken shipped toolkit should not stop a review of the one already kept.
  const toolkit = chooseNextReviewToolkit(kept, shipped.state === 'ready' ? shipped.value : []);
  return <NextReviewForm source={audit} keptToolkit={kept} toolkit={toolkit} answers={answers} reflections={reflections} />;
}
