/**
 * A deleted audit stays stored (with `deletedAt` set) until it is purged, so
 * every reader asks for the audits in use: the audits list, results and
 * comparisons, the plan, backups and the backup reminder never see the others.
 */
import type { Audit } from '../core/audit';
import type { ReflectDatabase } from './db';

export const isInUse = (audit: Audit): boolean => audit.deletedAt === null;

/** The audit, unless there is none or it has been deleted. */
export async function getAuditInUse(db: ReflectDatabase, auditId: string): Promise<Audit | undefined> {
  const audit = await db.audits.get(auditId);
  return audit && isInUse(audit) ? audit : undefined;
}

export async function listAuditsInUse(db: ReflectDatabase): Promise<Audit[]> {
  return (await db.audits.toArray()).filter(isInUse);
}
