/**
 * Named operations on a development plan: its actions, review dates and the
 * PDF. Their fields are edited through the one save path (operations/answers.ts).
 */
import type { PlanAction } from '../core/audit';
import type { ActionFields } from '../core/plan-actions';
import type { OrderChange } from '../core/plan-order';
import { buildPlanReport, planFileName, type PlanReportOptions, type PlanSources } from '../core/plan-report';
import type { PlanReview, ReviewFields } from '../core/plan-reviews';
import { loadPlanSources } from '../storage/plan-data';
import { getActionStore, getPlanReviewStore } from '../storage/plan-stores';
import { StorageError } from '../storage/storage-error';
import { getStore } from '../storage/store';

/** Everything the plan draws on; null when the audit or its toolkit is missing. */
export async function readPlanSources(auditId: string): Promise<PlanSources | null> {
  try {
    return await loadPlanSources(getStore().db, auditId);
  } catch (error) {
    if (error instanceof StorageError && error.kind === 'not-found') return null;
    throw error;
  }
}

/** The audit's actions in plan order. */
export function listPlanActions(auditId: string): Promise<PlanAction[]> {
  return getActionStore().listActions(auditId);
}

export function addAction(auditId: string, fields: ActionFields): Promise<PlanAction> {
  return getActionStore().addAction(auditId, fields);
}

export function reorderActions(auditId: string, changes: readonly OrderChange[]): Promise<void> {
  return getActionStore().reorderActions(auditId, changes);
}

export function deleteAction(actionId: string): Promise<PlanAction> {
  return getActionStore().deleteAction(actionId);
}

export function undoDeleteAction(action: PlanAction): Promise<void> {
  return getActionStore().restoreAction(action);
}

export function addReviewDate(auditId: string, fields: ReviewFields): Promise<PlanReview> {
  return getPlanReviewStore().addReview(auditId, fields);
}

export function deleteReviewDate(reviewId: string): Promise<PlanReview> {
  return getPlanReviewStore().deleteReview(reviewId);
}

export function undoDeleteReviewDate(review: PlanReview): Promise<void> {
  return getPlanReviewStore().restoreReview(review);
}

export interface PlanPdf {
  pdf: Blob;
  fileName: string;
  /** Characters the PDF could not show, so the screen can say so too. */
  missing: string[];
}

/**
 * The development plan as a PDF file, ready to save. The PDF code is loaded
 * only now, so jsPDF never weighs on the first visit. The evidence notes are
 * in it unless `includeEvidence` is false.
 */
export async function exportPlanPdf(auditId: string, options: PlanReportOptions = {}): Promise<PlanPdf> {
  const sources = await loadPlanSources(getStore().db, auditId);
  const { renderDevelopmentPlan } = await import('../pdf/render-development-plan');
  const { pdf, missing } = await renderDevelopmentPlan(buildPlanReport(sources, options));
  return { pdf, missing, fileName: planFileName(sources.audit.school, sources.toolkit.id, sources.audit.date) };
}
