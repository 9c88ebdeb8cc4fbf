/**
 * Named operations on whole self-evaluations. Screens call these; they never
 * reach into storage themselves, so the way an audit is kept can change in
 * one place.
 */
import type { AnswersByIndicator, Audit, AuditStatus } from '../core/audit';
import type { CopyForwardResult, NextReviewDetails } from '../core/copy-forward';
import type { Toolkit } from '../core/toolkit-schema';
import type { ReflectionsByDomain } from '../storage/audit-edit-store';
import type { DeletedAudit } from '../storage/audit-lifecycle-store';
import type { AuditSummary, NewAudit } from '../storage/audit-store';
import { getLifecycleStore, getEditStore } from '../storage/audit-stores';
import { getStore } from '../storage/store';

export type { AuditSummary, DeletedAudit, NewAudit, ReflectionsByDomain };

export function startAudit(toolkit: Toolkit, details: NewAudit): Promise<Audit> {
  return getStore().createAudit(toolkit, details);
}

export function renameAudit(auditId: string, details: NewAudit): Promise<Audit> {
  return getLifecycleStore().updateDetails(auditId, details);
}

export function setAuditStatus(auditId: string, status: AuditStatus): Promise<Audit> {
  return getLifecycleStore().setStatus(auditId, status);
}

export function deleteAudit(auditId: string): Promise<DeletedAudit> {
  return getLifecycleStore().deleteAudit(auditId);
}

export function undoDeleteAudit(deleted: DeletedAudit): Promise<void> {
  return getLifecycleStore().restoreAudit(deleted);
}

export function startNextReview(sourceId: string, toolkit: Toolkit, details: NextReviewDetails): Promise<CopyForwardResult> {
  return getLifecycleStore().startNextReview(sourceId, toolkit, details);
}

export function listAuditSummaries(): Promise<AuditSummary[]> {
  return getStore().listAuditSummaries();
}

/** Resolves to null when there is no such audit. */
export async function readAudit(auditId: string): Promise<Audit | null> {
  return (await getStore().getAudit(auditId)) ?? null;
}

export function readAnswers(auditId: string): Promise<AnswersByIndicator> {
  return getStore().getAnswers(auditId);
}

export function readReflections(auditId: string): Promise<ReflectionsByDomain> {
  return getEditStore().getReflections(auditId);
}
