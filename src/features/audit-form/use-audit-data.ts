import type { AnswersByIndicator, Audit } from '../../core/audit';
import type { Toolkit } from '../../core/toolkit-schema';
import type { ReflectionsByDomain } from '../../operations/audits';
import { useAnswers, useAudit, useAuditToolkit, useReflections } from '../../hooks/audit-hooks';

export type AuditData =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; audit: Audit; toolkit: Toolkit; answers: AnswersByIndicator; reflections: ReflectionsByDomain };

/** The audit, the toolkit version it was made with, its answers and reflections, kept live (across tabs too). */
export function useAuditData(auditId: string): AuditData {
  const audit = useAudit(auditId);
  const toolkit = useAuditToolkit(audit);
  const answers = useAnswers(auditId);
  const reflections = useReflections(auditId);
  if (audit === null || toolkit === null) return { state: 'missing' };
  if (audit === undefined || toolkit === undefined || answers === undefined || reflections === undefined) return { state: 'loading' };
  return { state: 'ready', audit, toolkit, answers, reflections };
}
