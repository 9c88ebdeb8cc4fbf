/**
 * Legal duties stand on their own: a school that meets none of them can still
 * average "Developing" in a domain, so they are counted apart from the scores.
 */
import { NOT_APPLICABLE, type AnswersByIndicator } from './audit';
import type { LegalDuty, Toolkit, ToolkitDomain, ToolkitIndicator } from './toolkit-schema';

export type LegalRequirementState = 'met' | 'not-met' | 'not-rated' | 'not-applicable';

export interface LegalRequirement {
  domain: ToolkitDomain;
  indicator: ToolkitIndicator;
  duty: LegalDuty;
  state: LegalRequirementState;
}

export interface LegalRequirementsSummary {
  requirements: LegalRequirement[];
  met: number;
  notMet: number;
  notRated: number;
  /** The duties that apply to this school: all but those marked not applicable. */
  applicable: number;
}

export function summariseLegalRequirements(toolkit: Toolkit, answers: AnswersByIndicator): LegalRequirementsSummary {
  const requirements: LegalRequirement[] = toolkit.domains.flatMap((domain) =>
    domain.indicators.flatMap((indicator) => {
      const duty = indicator.legalDuty;
      if (!duty) return [];
      const rating = answers[indicator.id]?.rating ?? null;
      const state: LegalRequirementState =
        rating === null ? 'not-rated' : rating === NOT_APPLICABLE ? 'not-applicable' : rating >= duty.metFromLevel ? 'met' : 'not-met';
      return [{ domain, indicator, duty, state }];
    }),
  );
  const count = (state: LegalRequirementState) => requirements.filter((requirement) => requirement.state === state).length;
  return {
    requirements,
    met: count('met'),
    notMet: count('not-met'),
    notRated: count('not-rated'),
    applicable: requirements.length - count('not-applicable'),
  };
}
