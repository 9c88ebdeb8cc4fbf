import type { PlanReport } from '../../core/plan-report';

/** Renders the plan (loading the PDF code on first use) and hands it to the browser as a download. */
export async function downloadPlan(report: PlanReport, fileName: string): Promise<void> {
  const { renderDevelopmentPlan } = await import('../../pdf/render-development-plan');
  const blob = renderDevelopmentPlan(report);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
