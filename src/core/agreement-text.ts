/**
 * The words for a team's rating of a statement, the same wherever it is
 * shown: a level the team agreed is said as agreed, with its reason; until
 * then the team's median stands in, and says so ("median, not yet agreed"),
 * so that nobody mistakes a fallback for a decision.
 */
import type { IndicatorSpread } from './combine-responses';
import { ratingLabel } from './rating-label';
import type { TeamNote } from './team-ratings';
import type { TeamMode } from './team';
import type { ScaleLevel } from './toolkit-schema';

/** Beside a rating that is the team's median, standing in until a level is agreed. */
export const MEDIAN_FALLBACK = 'median, not yet agreed';

type Spread = Pick<IndicatorSpread, 'rating' | 'source' | 'reason'>;

/** "Agreed: Embedded — reason", "Median: Developing — not yet agreed", or that nobody has rated it. */
export function describeTeamRating(levels: readonly ScaleLevel[], spread: Spread): string {
  const label = ratingLabel(levels, spread.rating);
  const reason = spread.reason.trim();
  if (spread.source === 'agreed') return reason ? `Agreed: ${label} — ${reason}` : `Agreed: ${label}`;
  if (spread.source === 'median') return `Median: ${label} — not yet agreed`;
  return 'Nobody has rated this yet — not yet agreed';
}

/** The levels given, lowest first, from the counts of each. */
function levelsGiven(counts: IndicatorSpread['counts']): number[] {
  return Object.entries(counts)
    .flatMap(([level, count]) => Array.from({ length: count }, () => Number(level)))
    .sort((a, b) => a - b);
}

/**
 * The median as the room reads it. Halfway between two levels it names both,
 * and which of them counts until the team agrees (the lower: see combine-responses.ts).
 */
export function describeMedian(levels: readonly ScaleLevel[], spread: Pick<IndicatorSpread, 'counts' | 'notApplicable'>): string {
  const given = levelsGiven(spread.counts);
  if (given.length === 0) return spread.notApplicable > 0 ? 'No median: everyone who answered said not applicable.' : 'No median: nobody has rated this yet.';
  const lower = given[Math.floor((given.length - 1) / 2)]!;
  const upper = given[Math.ceil((given.length - 1) / 2)]!;
  if (lower === upper) return `Median: ${ratingLabel(levels, lower)}.`;
  return `Median: between ${ratingLabel(levels, lower)} and ${ratingLabel(levels, upper)}; ${ratingLabel(levels, lower)} counts until agreed.`;
}

export function countAgreed(spreads: readonly Pick<IndicatorSpread, 'source'>[]): number {
  return spreads.filter((spread) => spread.source === 'agreed').length;
}

/** "3 of 39 agreed". */
export function describeAgreedCount(spreads: readonly Pick<IndicatorSpread, 'source'>[]): string {
  return `${countAgreed(spreads)} of ${spreads.length} agreed`;
}

/**
 * What a team's scores rest on, beside them: "3 of 39 statements agreed; 30
 * count at the team’s median until agreed." Statements nobody rated count
 * at neither, so they are not in the second number.
 */
export function describeAgreedBasis(spreads: readonly Pick<IndicatorSpread, 'source'>[]): string {
  const agreed = countAgreed(spreads);
  const median = spreads.filter((spread) => spread.source === 'median').length;
  const total = spreads.length;
  const head = agreed === total && total > 1 ? `All ${total} statements agreed` : `${agreed} of ${total} ${total === 1 ? 'statement' : 'statements'} agreed`;
  if (median === 0) return `${head}.`;
  return `${head}; ${median} ${median === 1 ? 'counts' : 'count'} at the team’s median until agreed.`;
}

/**
 * A statement's evidence notes as the room sees them. Anonymous notes carry
 * no name, and are put in the order of their words, not of who was asked
 * first, so that their order cannot tell the room whose is whose (the lead's
 * would otherwise always come first).
 */
export function notesForRoom(notes: readonly TeamNote[], mode: TeamMode): TeamNote[] {
  if (mode === 'open') return [...notes];
  return notes.map((note) => ({ ...note, name: null })).sort((a, b) => a.note.localeCompare(b.note));
}
