import { useParams } from 'react-router';
import { chooseNextReviewToolkit } from '../../core/copy-forward';
import { usePageTitle } from '../../components/use-page-title';
import { useAnswers, useAudit, useReflections, useWholeAuditToolkit } from '../../hooks/audit-hooks';
import { useCatalogue } from '../../hooks/use-toolkits';
import { AuditNotFound } from '../../components/audit-not-found';
import { NextReviewForm } from './next-review-form';

/** "Start the next self-evaluation from this one": loads what the copy needs, then asks for the new one's details. */
export function NextReviewPage() {
  usePageTitle('Start the next self-evaluation');
  const { auditId = '' } = useParams();
  const audit = useAudit(auditId);
  // Whole, not as a quick review saw it: the next one may be a full review, and keeps the same definition.
  const kept = useWholeAuditToolkit(audit);
  const catalogue = useCatalogue();
  const answers = useAnswers(auditId);
  const reflections = useReflections(auditId);

  if (audit === null || kept === null) return <AuditNotFound />;
  if (!audit || !kept || !answers || !reflections || catalogue.state === 'loading') return <p className="govuk-body">Loading…</p>;
  // The newest version this app or device has; one whose content is in doubt is passed over.
  // A catalogue that failed to load should not stop a next self-evaluation with the toolkit already kept.
  const candidates = catalogue.state === 'ready' ? catalogue.value.entries.filter((entry) => !entry.hasConflict).map((entry) => entry.toolkit) : [];
  const toolkit = chooseNextReviewToolkit(kept, candidates);
  return <NextReviewForm source={audit} keptToolkit={kept} toolkit={toolkit} answers={answers} reflections={reflections} />;
}
