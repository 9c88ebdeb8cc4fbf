/**
 * The order a team discusses its statements in when it agrees the ratings:
 * where people disagree first, the widest spread of levels first, then
 * statements not yet agreed before agreed ones, then the toolkit's own
 * order. "Not applicable" is not a level, so it never widens a spread.
 */
import type { IndicatorSpread } from './combine-responses';
import type { Toolkit } from './toolkit-schema';

/** How many levels apart the lowest and highest levels given are; 0 when fewer than two people gave a level. */
export function levelSpread(spread: Pick<IndicatorSpread, 'counts'>): number {
  const given = Object.entries(spread.counts)
    .filter(([, count]) => count > 0)
    .map(([level]) => Number(level));
  return given.length === 0 ? 0 : Math.max(...given) - Math.min(...given);
}

/** The statements' ids in the order to discuss them. Statements the spreads leave out are left out. */
export function orderForAgreeing(toolkit: Toolkit, spreads: readonly IndicatorSpread[]): string[] {
  const place = new Map(toolkit.domains.flatMap((domain) => domain.indicators).map((indicator, index) => [indicator.id, index]));
  const known = spreads.filter((spread) => place.has(spread.indicatorId));
  const rank = (spread: IndicatorSpread) => [
    spread.isDisagreement ? 0 : 1,
    -levelSpread(spread),
    spread.source === 'agreed' ? 1 : 0,
    place.get(spread.indicatorId)!,
  ];
  const ranked = known.map((spread) => ({ id: spread.indicatorId, rank: rank(spread) }));
  ranked.sort((a, b) => {
    for (let key = 0; key < a.rank.length; key++) if (a.rank[key] !== b.rank[key]) return a.rank[key]! - b.rank[key]!;
    return 0;
  });
  return ranked.map((entry) => entry.id);
}
