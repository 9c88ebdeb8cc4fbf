/**
 * Named operations on whole self-evaluations. Screens call these; they never
 * reach into storage themselves, so the way an audit is kept can change in
 * one place.
 */
import type { AnswersByIndicator, Audit, AuditStatus } from '../core/audit';
import type { NextReviewDetails } from '../core/copy-forward';
import type { Toolkit } from '../core/toolkit-schema';
import type { ReflectionsByDomain } from '../storage/audit-edit-store';
import type { AuditSummary, NewAudit } from '../storage/audit-store';
import type { NextReviewResult } from '../storage/audit-lifecycle-store';
import { getLifecycleStore, getEditStore } from '../storage/audit-stores';
import { getStore } from '../storage/store';

export type { AuditSummary, NewAudit, ReflectionsByDomain };

export function startAudit(toolkit: Toolkit, details: NewAudit): Promise<Audit> {
  return getStore().createAudit(toolkit, details);
}

export function renameAudit(auditId: string, details: NewAudit): Promise<Audit> {
  return getLifecycleStore().updateDetails(auditId, details);
}

export function setAuditStatus(auditId: string, status: AuditStatus): Promise<Audit> {
  return getLifecycleStore().setStatus(auditId, status);
}

/** Moves an audit to "Recently deleted": kept with everything it owns, restorable, until it is purged. */
export function deleteAudit(auditId: string): Promise<Audit> {
  return getLifecycleStore().deleteAudit(auditId);
}

/** Brings a deleted audit back exactly as it was (the undo after deleting, and "Recently deleted"). */
export function restoreDeletedAudit(auditId: string): Promise<Audit> {
  return getLifecycleStore().restoreAudit(auditId);
}

/** A deleted audit that can still be restored, or null. */
export async function readDeletedAudit(auditId: string): Promise<Audit | null> {
  return (await getLifecycleStore().getDeletedAudit(auditId)) ?? null;
}

/** Deleted audits that can still be restored, most recently deleted first. */
export function listDeletedAudits(): Promise<Audit[]> {
  return getLifecycleStore().listDeletedAudits();
}

/** Purges audits deleted too long ago; never fails the screen that asks. */
export async function purgeExpiredDeletedAudits(): Promise<void> {
  await getLifecycleStore()
    .purgeExpired()
    .catch(() => undefined);
}

/** `carryActionIds`: the earlier plan's unfinished actions to carry into the new plan, written with the new audit. */
export function startNextReview(sourceId: string, toolkit: Toolkit, details: NextReviewDetails, carryActionIds: readonly string[] = []): Promise<NextReviewResult> {
  return getLifecycleStore().startNextReview(sourceId, toolkit, details, carryActionIds);
}

/** The school a new self-evaluation starts with: that of the one edited last. */
export function readLastSchool(): Promise<string> {
  return getStore().lastSchool();
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
