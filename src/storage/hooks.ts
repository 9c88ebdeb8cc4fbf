/** React bindings for stored data. Live queries update when another tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnswersByIndicator, Audit } from '../core/audit';
import type { Toolkit } from '../core/toolkit-schema';
import type { AuditSummary } from './audit-store';
import { getStore } from './store';

export function useAuditSummaries(): AuditSummary[] | undefined {
  return useLiveQuery(() => getStore().listAuditSummaries(), []);
}

/** `null` once loaded and not found; `undefined` while loading. */
export function useAudit(auditId: string): Audit | null | undefined {
  return useLiveQuery(async () => (await getStore().getAudit(auditId)) ?? null, [auditId]);
}

export function useAnswers(auditId: string): AnswersByIndicator | undefined {
  return useLiveQuery(() => getStore().getAnswers(auditId), [auditId]);
}

export function useStoredToolkit(audit: Audit | null | undefined): Toolkit | null | undefined {
  return useLiveQuery(async () => {
    if (!audit) return audit;
    return (await getStore().getToolkit(audit.toolkitId, audit.toolkitVersion)) ?? null;
  }, [audit?.toolkitId, audit?.toolkitVersion]);
}
