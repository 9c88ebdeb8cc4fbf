/** React bindings for "Recently deleted". Live: a delete or restore in another tab shows at once. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Audit } from '../core/audit';
import { listDeletedAudits, readDeletedAudit } from '../operations/audits';

/** Deleted audits that can still be restored, most recently deleted first; undefined while loading. */
export function useDeletedAudits(): Audit[] | undefined {
  return useLiveQuery(() => listDeletedAudits(), []);
}

/** One deleted audit while it can be restored; null once it is restored, purged or not deleted; undefined while loading or with no id. */
export function useDeletedAudit(auditId: string | undefined): Audit | null | undefined {
  return useLiveQuery(async () => (auditId ? readDeletedAudit(auditId) : undefined), [auditId]);
}
