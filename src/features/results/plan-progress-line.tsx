import { Link } from 'react-router';
import { todayIsoDate } from '../../core/format-date';
import { describePlanProgress, summarisePlanProgress } from '../../core/plan-progress';
import { usePlanProgressSources } from '../../hooks/plan-progress-hooks';
import { paths } from '../../lib/paths';

/** Where the plan has got, at each action's latest review, in one line that opens it. Nothing until the plan has an action. */
export function PlanProgressLine({ auditId }: { auditId: string }) {
  const sources = usePlanProgressSources(auditId);
  if (!sources || sources.actions.length === 0) return null;
  const progress = summarisePlanProgress(sources.actions, sources.actionReviews, todayIsoDate());
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={paths.plan(auditId)}>
        Plan: {describePlanProgress(progress)}
      </Link>
    </p>
  );
}
