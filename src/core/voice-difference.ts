/**
 * When families (or pupils) see a section differently from the staff's
 * self-evaluation: one rule, for the results page and the PDF.
 *
 * The two measure different things: a share of people agreeing, and a score
 * on the toolkit's scale. To set them side by side the score is placed on
 * the same 0 to 100 range, from its lowest level (0) to its highest (100),
 * as the score is shown (to one decimal place). Only a gap of
 * DIFFERENT_VIEW_GAP points or more is flagged: a smaller one says little,
 * given how different the two measures are.
 */
import type { Questionnaire, ScaleLevel } from './toolkit-schema';

/** Points on the 0–100 range between the share agreeing and the score's place at which the two are said to differ. */
export const DIFFERENT_VIEW_GAP = 30;

/** How the questionnaire's answers sit against the self-evaluation's score. */
export type VoiceDifference = 'more-positive' | 'less-positive' | 'similar';

/** A score's place from the lowest level (0) to the highest (100), as a whole number. */
export function scorePosition(levels: readonly ScaleLevel[], score: number): number {
  const values = levels.map((level) => level.value);
  const lowest = Math.min(...values);
  const highest = Math.max(...values);
  if (highest === lowest) return 100;
  const place = ((score - lowest) / (highest - lowest)) * 100;
  return Math.min(100, Math.max(0, Math.round(place + 1e-9)));
}

export function compareWithSelfEvaluation(agreePercent: number, position: number): VoiceDifference {
  if (agreePercent - position >= DIFFERENT_VIEW_GAP) return 'more-positive';
  if (position - agreePercent >= DIFFERENT_VIEW_GAP) return 'less-positive';
  return 'similar';
}

const WHO: Record<Questionnaire['audience'], string> = { families: 'Families', pupils: 'Pupils', staff: 'Staff who answered' };

/** The flag in words, or null when the two are close. */
export function describeDifference(audience: Questionnaire['audience'], difference: VoiceDifference | null): string | null {
  if (difference === 'more-positive') return `${WHO[audience]} see this more positively than the staff’s self-evaluation`;
  if (difference === 'less-positive') return `${WHO[audience]} see this less positively than the staff’s self-evaluation`;
  return null;
}

/** How the comparison is made, in words for the page and the PDF. */
export function describeComparisonRule(levels: readonly ScaleLevel[]): string {
  const sorted = [...levels].sort((a, b) => a.value - b.value);
  const lowest = sorted[0]!;
  const highest = sorted[sorted.length - 1]!;
  return (
    `To compare, each section’s score is placed from 0 to 100: ${lowest.value} (${lowest.label}) is 0 and ${highest.value} (${highest.label}) is 100. ` +
    `The share who agree and the score measure different things, so a section is flagged only when the two are ${DIFFERENT_VIEW_GAP} points apart or more.`
  );
}
