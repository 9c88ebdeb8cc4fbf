import type { AnswersByIndicator } from './audit';
import type { Toolkit, ToolkitDomain, ToolkitIndicator } from './toolkit-schema';

export interface Progress {
  answered: number;
  total: number;
}

export interface AuditProgress extends Progress {
  domains: Record<string, Progress>;
}

/** An indicator counts as answered once it has a level or is marked not applicable. */
export function isAnswered(answers: AnswersByIndicator, indicatorId: string): boolean {
  return (answers[indicatorId]?.rating ?? null) !== null;
}

export function auditProgress(toolkit: Toolkit, answers: AnswersByIndicator): AuditProgress {
  const domains: Record<string, Progress> = {};
  let answered = 0;
  let total = 0;
  for (const domain of toolkit.domains) {
    const done = domain.indicators.filter((indicator) => isAnswered(answers, indicator.id)).length;
    domains[domain.id] = { answered: done, total: domain.indicators.length };
    answered += done;
    total += domain.indicators.length;
  }
  return { answered, total, domains };
}

export interface UnansweredIndicator {
  domain: ToolkitDomain;
  indicator: ToolkitIndicator;
  /** The indicator's position in its domain, counting from 1, as the form numbers it. */
  number: number;
}

/** Everything still to answer, in the order the form asks it. */
export function listUnanswered(toolkit: Toolkit, answers: AnswersByIndicator): UnansweredIndicator[] {
  return toolkit.domains.flatMap((domain) =>
    domain.indicators.flatMap((indicator, index) => (isAnswered(answers, indicator.id) ? [] : [{ domain, indicator, number: index + 1 }])),
  );
}

/** Where to carry on: the first domain with something unanswered, or the first domain when all are done. */
export function findResumeDomain(toolkit: Toolkit, answers: AnswersByIndicator): ToolkitDomain | undefined {
  return toolkit.domains.find((domain) => domain.indicators.some((indicator) => !isAnswered(answers, indicator.id))) ?? toolkit.domains[0];
}
