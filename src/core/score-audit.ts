import { NOT_APPLICABLE, type AnswersByIndicator } from './audit';
import type { Toolkit } from './toolkit-schema';

export interface DomainScore {
  domainId: string;
  title: string;
  shortTitle: string;
  /** Mean of the rated indicators, or null when none is rated ("not rated", never zero). */
  score: number | null;
  rated: number;
  notApplicable: number;
  total: number;
}

export interface AuditScore {
  domains: DomainScore[];
  /** Mean of the rated domains' scores, or null when no domain is rated. */
  overall: number | null;
}

function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function scoreAudit(toolkit: Toolkit, answers: AnswersByIndicator): AuditScore {
  const domains = toolkit.domains.map((domain): DomainScore => {
    const ratings = domain.indicators.map((indicator) => answers[indicator.id]?.rating ?? null);
    const levels = ratings.filter((rating): rating is number => typeof rating === 'number');
    return {
      domainId: domain.id,
      title: domain.title,
      shortTitle: domain.shortTitle,
      score: mean(levels),
      rated: levels.length,
      notApplicable: ratings.filter((rating) => rating === NOT_APPLICABLE).length,
      total: domain.indicators.length,
    };
  });
  const rated = domains.map((domain) => domain.score).filter((score): score is number => score !== null);
  return { domains, overall: mean(rated) };
}
