import type { AnswersByIndicator } from './audit';
import type { Toolkit } from './toolkit-schema';

export interface Progress {
  answered: number;
  total: number;
}

export interface AuditProgress extends Progress {
  domains: Record<string, Progress>;
}

/** An indicator counts as answered once it has a level or is marked not applicable. */
export function auditProgress(toolkit: Toolkit, answers: AnswersByIndicator): AuditProgress {
  const domains: Record<string, Progress> = {};
  let answered = 0;
  let total = 0;
  for (const domain of toolkit.domains) {
    const done = domain.indicators.filter((indicator) => (answers[indicator.id]?.rating ?? null) !== null).length;
    domains[domain.id] = { answered: done, total: domain.indicators.length };
    answered += done;
    total += domain.indicators.length;
  }
  return { answered, total, domains };
}
