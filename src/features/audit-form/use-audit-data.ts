import type { AnswersByIndicator, Audit } from '../../core/audit';
import type { Toolkit } from '../../core/toolkit-schema';
import { useAnswers, useAudit, useStoredToolkit } from '../../storage/hooks';

export type AuditData =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; audit: Audit; toolkit: Toolkit; answers: AnswersByIndicator };

/** The audit, the toolkit version it was made with, and its answers, kept live. */
export function useAuditData(auditId: string): AuditData {
  const audit = useAudit(auditId);
  const toolkit = useStoredToolkit(audit);
  const answers = useAnswers(auditId);
  if (audit === null || toolkit === null) return { state: 'missing' };
  if (audit === undefined || toolkit === undefined || answers === undefined) return { state: 'loading' };
  return { state: 'ready', audit, toolkit, answers };
}
