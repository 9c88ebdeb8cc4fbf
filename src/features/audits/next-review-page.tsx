import { useParams } from 'react-router';
import { offerUnfinishedActions } from '../../core/carry-forward';
import { chooseNextReviewToolkit } from '../../core/copy-forward';
import { usePageTitle } from '../../components/use-page-title';
import { useAnswers, useAudit, useReflections, useWholeAuditToolkit } from '../../hooks/audit-hooks';
import { usePlanProgressSources } from '../../hooks/plan-progress-hooks';
import { useCatalogue } from '../../hooks/use-toolkits';
import { AuditNotFound } from '../../components/audit-not-found';
import { NextReviewForm } from './next-review-form';

/** "Start the next self-evaluation from this one": loads what the copy needs, then asks for the new one's details and which unfinished actions to carry. */
export function NextReviewPage() {
  usePageTitle('Start the next self-evaluation');
  const { auditId = '' } = useParams();
  const audit = useAudit(auditId);
  // Whole, not as a quick review saw it: the next one may be a full review, and keeps the same definition.
  const kept = useWholeAuditToolkit(audit);
  const catalogue = useCatalogue();
  const answers = useAnswers(auditId);
  const reflections = useReflections(auditId);
  // The plan and its reviews read together, so each action's status is told from one moment.
  const plan = usePlanProgressSources(auditId);

  if (audit === null || kept === null) return <AuditNotFound />;
  if (!audit || !kept || !answers || !reflections || !plan || catalogue.state === 'loading') return <p className="govuk-body">Loading…</p>;
  // The newest version this app or device has; one whose content is in doubt is passed over.
  // A catalogue that failed to load should not stop a next self-evaluation with the toolkit already kept.
  const candidates = catalogue.state === 'ready' ? catalogue.value.entries.filter((entry) => !entry.hasConflict).map((entry) => entry.toolkit) : [];
  const toolkit = chooseNextReviewToolkit(kept, candidates);
  // Sections are named as the earlier self-evaluation knew them: that is the plan the person is choosing from.
  const offers = offerUnfinishedActions(kept, plan.actions, plan.actionReviews);
  return <NextReviewForm source={audit} keptToolkit={kept} toolkit={toolkit} answers={answers} reflections={reflections} offers={offers} />;
}
