/**
 * The one entry point for exporting an audit's development plan as a PDF.
 * Screens call this; it gathers what the plan needs from storage and loads
 * the PDF code only now, so jsPDF never weighs on the first visit.
 */
import { buildPlanReport, planFileName } from '../core/plan-report';
import { loadPlanSources } from '../storage/plan-data';
import { getStore } from '../storage/store';
import { saveFile } from '../lib/save-file';

export interface PlanExport {
  fileName: string;
  /** Characters the PDF could not show, so a screen can say so too. */
  missing: string[];
}

/** Like exportDevelopmentPlan, and says what could not be shown. */
export async function exportDevelopmentPlanWithReport(auditId: string): Promise<PlanExport> {
  const sources = await loadPlanSources(getStore().db, auditId);
  const report = buildPlanReport(sources);
  const { renderDevelopmentPlan } = await import('./render-development-plan');
  const { pdf, missing } = await renderDevelopmentPlan(report);
  const fileName = planFileName(sources.audit.school, sources.toolkit.id, sources.audit.date);
  saveFile(pdf, fileName);
  return { fileName, missing };
}

export async function exportDevelopmentPlan(auditId: string): Promise<void> {
  await exportDevelopmentPlanWithReport(auditId);
}
