/**
 * Legal duties stand on their own: a school that meets none of them can still
 * average "Developing" in a domain, so they are counted apart from the scores.
 */
import { NOT_APPLICABLE, type AnswersByIndicator, type Rating } from './audit';
import type { LegalDuty, ScaleLevel, Toolkit, ToolkitDomain, ToolkitIndicator } from './toolkit-schema';

export type LegalRequirementState = 'met' | 'not-met' | 'not-rated' | 'not-applicable';

/** The words for each state, the same on the results page, the suggestions, the printable plan and the PDF. */
export const LEGAL_STATE_LABELS: Record<LegalRequirementState, string> = {
  met: 'Met',
  'not-met': 'Not met',
  'not-rated': 'Not rated yet',
  'not-applicable': 'Not applicable',
};

/** Whether a rating meets a duty: met from the duty's own level, whatever the section's average. */
export function legalRequirementState(duty: LegalDuty, rating: Rating): LegalRequirementState {
  if (rating === null) return 'not-rated';
  if (rating === NOT_APPLICABLE) return 'not-applicable';
  return rating >= duty.metFromLevel ? 'met' : 'not-met';
}

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
      return [{ domain, indicator, duty, state: legalRequirementState(duty, answers[indicator.id]?.rating ?? null) }];
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

/** "Legal requirements: 3 of 5 met", counting only the duties that apply (not those marked not applicable). */
export function describeLegalRequirements(summary: LegalRequirementsSummary): string {
  return `Legal requirements: ${summary.met} of ${summary.applicable} met`;
}

/** "2 not met, 1 not rated yet"; empty when every duty that applies is met. */
export function describeOutstanding(summary: LegalRequirementsSummary): string {
  const parts = [summary.notMet > 0 ? `${summary.notMet} not met` : '', summary.notRated > 0 ? `${summary.notRated} not rated yet` : ''];
  return parts.filter(Boolean).join(', ');
}

/** "Met when rated ‘Developing’ or higher": from which rating a duty counts as met, in the scale's own words. */
export function describeMetFrom(levels: readonly ScaleLevel[], metFromLevel: number): string {
  const label = levels.find((level) => level.value === metFromLevel)?.label ?? `level ${metFromLevel}`;
  const isTop = levels.every((level) => level.value <= metFromLevel);
  return isTop ? `Met when rated ‘${label}’.` : `Met when rated ‘${label}’ or higher.`;
}
