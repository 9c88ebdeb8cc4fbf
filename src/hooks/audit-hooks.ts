/** React bindings for a self-evaluation's stored data. Live: they update when another tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnswersByIndicator, Audit } from '../core/audit';
import type { Toolkit } from '../core/toolkit-schema';
import { listAuditSummaries, readAnswers, readLastSchool, readAudit, readReflections, type AuditSummary, type ReflectionsByDomain } from '../operations/audits';
import { readAuditToolkit } from '../operations/toolkits';

/** `initial`: what to draw until the database answers (the home page's list from the last visit). */
export function useAuditSummaries(initial?: AuditSummary[]): AuditSummary[] | undefined {
  return useLiveQuery(() => listAuditSummaries(), [], initial);
}

/** The school of the self-evaluation edited last ('' if none); `undefined` while loading. */
export function useLastSchool(): string | undefined {
  return useLiveQuery(() => readLastSchool(), []);
}

/** `null` once loaded and not found; `undefined` while loading. */
export function useAudit(auditId: string): Audit | null | undefined {
  return useLiveQuery(() => readAudit(auditId), [auditId]);
}

export function useAnswers(auditId: string): AnswersByIndicator | undefined {
  return useLiveQuery(() => readAnswers(auditId), [auditId]);
}

export function useReflections(auditId: string): ReflectionsByDomain | undefined {
  return useLiveQuery(() => readReflections(auditId), [auditId]);
}

/** The toolkit version the audit was made with: `null` if it is missing, `undefined` while loading. */
export function useAuditToolkit(audit: Audit | null | undefined): Toolkit | null | undefined {
  return useLiveQuery(async () => (audit ? readAuditToolkit(audit) : audit), [audit?.toolkitId, audit?.toolkitVersion, audit?.scope]);
}

/** The whole definition an audit was made with, whatever its scope: the next self-evaluation starts from all of it. */
export function useWholeAuditToolkit(audit: Audit | null | undefined): Toolkit | null | undefined {
  return useLiveQuery(
    async () => (audit ? readAuditToolkit({ toolkitId: audit.toolkitId, toolkitVersion: audit.toolkitVersion }) : audit),
    [audit?.toolkitId, audit?.toolkitVersion],
  );
}
