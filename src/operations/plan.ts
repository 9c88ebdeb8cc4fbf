/**
 * Named operations on a development plan: its actions, review dates and the
 * files it is exported as. Their fields are edited through the one save path (operations/answers.ts).
 */
import type { ActionReview } from '../core/action-reviews';
import type { PlanAction } from '../core/audit';
import { todayIsoDate } from '../core/format-date';
import { buildGovernorsSummary, governorsSummaryFileName } from '../core/governors-summary';
import type { ActionFields } from '../core/plan-actions';
import type { OrderChange } from '../core/plan-order';
import type { PlanFormat, PlanRenderInputs, PlanRenderer } from '../core/plan-renderer';
import { buildPlanReport, planFileName, type PlanReportOptions, type PlanSources } from '../core/plan-report';
import type { PlanReview, ReviewFields } from '../core/plan-reviews';
import { loadPlanProgressSources, loadPlanSources } from '../storage/plan-data';
import type { DeletedAction } from '../storage/action-store';
import { getActionReviewStore, getActionStore, getPlanReviewStore } from '../storage/plan-stores';
import { StorageError } from '../storage/storage-error';
import { getStore } from '../storage/store';
import { saveEditsNow } from './answers';

/** Everything the plan draws on; null when the audit or its toolkit is missing. */
export async function readPlanSources(auditId: string): Promise<PlanSources | null> {
  try {
    return await loadPlanSources(getStore().db, auditId);
  } catch (error) {
    if (error instanceof StorageError && error.kind === 'not-found') return null;
    throw error;
  }
}

/** The audit's actions and their reviews: what the plan's progress is counted from. */
export function readPlanProgressSources(auditId: string): Promise<Pick<PlanSources, 'actions' | 'actionReviews'>> {
  return loadPlanProgressSources(getStore().db, auditId);
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

export function deleteAction(actionId: string): Promise<DeletedAction> {
  return getActionStore().deleteAction(actionId);
}

export function undoDeleteAction(deleted: DeletedAction): Promise<void> {
  return getActionStore().restoreAction(deleted);
}

/** Starts (or picks up) the review of an action on a day; its fields are then edited through the one save path. */
export function startActionReview(auditId: string, actionId: string, reviewedOn: string): Promise<ActionReview> {
  return getActionReviewStore().startReview(auditId, actionId, reviewedOn);
}

export function deleteActionReview(reviewId: string): Promise<ActionReview> {
  return getActionReviewStore().deleteActionReview(reviewId);
}

export function undoDeleteActionReview(review: ActionReview): Promise<void> {
  return getActionReviewStore().restoreActionReview(review);
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

export interface PlanFile {
  file: Blob;
  fileName: string;
  /** Characters the file could not show (the PDF's fonts), so the screen can say so too; empty for Word. */
  missing: string[];
}

/**
 * Each format's renderer, loaded only when someone exports, so jsPDF and the
 * Word code never weigh on the first visit. A new format is one line here
 * and one renderer.
 */
const RENDERERS: Record<PlanFormat, () => Promise<PlanRenderer>> = {
  pdf: () => import('../pdf/plan-renderer').then((module) => module.pdfRenderer),
  docx: () => import('../docx/plan-renderer').then((module) => module.docxRenderer),
};

/**
 * The development plan as a file in `format`, ready to save. The evidence
 * notes are in it unless `includeEvidence` is false. A renderer that wants
 * the radar as a picture gets one drawn here, in the browser (where there is
 * no canvas, it goes without, and the scores table stands alone). Edits
 * still waiting to be written (a lead typed a moment before the click) are
 * written first, so the file is the plan on the screen.
 */
export async function exportPlan(auditId: string, format: PlanFormat, options: PlanReportOptions = {}): Promise<PlanFile> {
  await saveEditsNow();
  const sources = await loadPlanSources(getStore().db, auditId);
  const renderer = await RENDERERS[format]();
  const report = buildPlanReport(sources, options);
  const inputs: PlanRenderInputs = renderer.wantsRadarPicture ? { radarPicture: await (await import('../lib/radar-picture')).drawRadarPicture(report) } : {};
  const { file, missing } = await renderer.render(report, inputs);
  return { file, missing, fileName: planFileName(sources.audit.school, sources.toolkit.id, sources.audit.date, renderer.extension) };
}

/**
 * Loads a format's code and does now what its export would do (for the PDF,
 * the fonts this plan's text needs, fetching Chinese ones while online so
 * that they are there offline too, and then the file itself), so that the
 * download after a click is quick. Failures are left for the export itself to report.
 */
export async function prepareExport(sources: PlanSources, format: PlanFormat, options: PlanReportOptions = {}): Promise<void> {
  const renderer = await RENDERERS[format]();
  await renderer.prepare?.(buildPlanReport(sources, options));
}

/**
 * The governors' summary as a one-page PDF, as of `today` (what is overdue
 * depends on the day). Its renderer is loaded only now, as the plan's is.
 */
export async function exportGovernorsSummary(auditId: string, today: string = todayIsoDate()): Promise<PlanFile> {
  const sources = await loadPlanSources(getStore().db, auditId);
  const { renderGovernorsSummary } = await import('../pdf/render-governors-summary');
  const summary = buildGovernorsSummary(buildPlanReport(sources), today);
  const { pdf, missing } = await renderGovernorsSummary(summary);
  return { file: pdf, missing, fileName: governorsSummaryFileName(sources.audit.school, sources.toolkit.id, today) };
}
