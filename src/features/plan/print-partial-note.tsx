import type { PlanReport } from '../../core/plan-report';

/** While some statements have no rating, say so beside the scores: they rest on part of the picture. */
export function PrintPartialNote({ report }: { report: PlanReport }) {
  if (!report.partialNote) return null;
  return (
    <div className="govuk-inset-text app-plan-partial">
      <strong>{report.partialNote}.</strong> The scores rest only on the statements rated so far.
    </div>
  );
}
