/**
 * How a score is shown, and which level it is named after: one rule for the
 * results page, scores table, meeting mode, CSV, printable plan and PDF.
 *
 * A score is shown to one decimal place, halves rounded up (2.45 shows as
 * "2.5"). The level named beside it is the level of the score as shown, so a
 * score and its level never disagree: "2.5" is the level nearest 2.5, and
 * halfway between two levels goes up (on a 1–4 scale, level 3).
 */
import { NOT_RATED } from './rating-label';
import type { ScaleLevel } from './toolkit-schema';

/**
 * Scores are means of whole-number ratings, so a true half (23/20 = 1.15) can
 * be stored a hair below it in binary; the nudge, far smaller than the gap
 * between any two distinct means, makes such halves round up as written.
 */
const HALF_NUDGE = 1e-9;

/** The score as people see it: one decimal place, halves up. */
export function roundScore(score: number): number {
  return Math.round(score * 10 + HALF_NUDGE) / 10;
}

/** "2.5", or "Not rated" when there is no score. */
export function formatScore(score: number | null): string {
  return score === null ? NOT_RATED : roundScore(score).toFixed(1);
}

/** The level named beside a score: the level nearest the score as shown, halfway going up. */
export function levelForScore(levels: readonly ScaleLevel[], score: number): ScaleLevel | undefined {
  const shown = roundScore(score);
  let best: ScaleLevel | undefined;
  for (const level of [...levels].sort((a, b) => a.value - b.value)) {
    if (!best || Math.abs(level.value - shown) <= Math.abs(best.value - shown)) best = level;
  }
  return best;
}

/** The level's name for a score, or null when there is no score. */
export function levelNameForScore(levels: readonly ScaleLevel[], score: number | null): string | null {
  return score === null ? null : (levelForScore(levels, score)?.label ?? null);
}
