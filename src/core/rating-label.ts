/**
 * The words for a rating, said the same way on every screen, in the CSV, the
 * PDF, the printable plan and meeting mode. Two different things are missing
 * in two different words: an indicator nobody has rated yet is "Not answered";
 * a domain (or the whole audit) with nothing rated has no score and is
 * "Not rated", never zero.
 */
import { NOT_APPLICABLE, type Rating } from './audit';
import type { ScaleLevel } from './toolkit-schema';

/** An indicator with no rating yet. */
export const NOT_ANSWERED = 'Not answered';
/** A domain or overall score when nothing in it is rated. */
export const NOT_RATED = 'Not rated';
export const NOT_APPLICABLE_LABEL = 'Not applicable';

/** "Embedded", "Not applicable" or "Not answered"; a level the scale lacks is named by its number. */
export function ratingLabel(levels: readonly ScaleLevel[], rating: Rating): string {
  if (rating === null) return NOT_ANSWERED;
  if (rating === NOT_APPLICABLE) return NOT_APPLICABLE_LABEL;
  return levels.find((level) => level.value === rating)?.label ?? `Level ${rating}`;
}
