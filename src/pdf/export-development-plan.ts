/**
 * The one entry point for exporting an audit's development plan as a PDF.
 * Screens call this; it gathers what the plan needs from storage and loads
 * the PDF code only now, so jsPDF never weighs on the first visit.
 */
import { buildPlanReport, planFileName } from '../core/plan-report';
import { scoreAudit } from '../core/score-audit';
import { StorageError } from '../storage/storage-error';
import { getStore } from '../storage/store';
import { saveFile } from '../lib/save-file';

export async function exportDevelopmentPlan(auditId: string): Promise<void> {
  const store = getStore();
  const audit = await store.requireAudit(auditId);
  const toolkit = await store.getToolkit(audit.toolkitId, audit.toolkitVersion);
  if (!toolkit) throw new StorageError('not-found');
  const answers = await store.getAnswers(auditId);
  const report = buildPlanReport(toolkit, audit, scoreAudit(toolkit, answers));
  const { renderDevelopmentPlan } = await import('./render-development-plan');
  saveFile(renderDevelopmentPlan(report), planFileName(audit.school, toolkit.id, audit.date));
}
