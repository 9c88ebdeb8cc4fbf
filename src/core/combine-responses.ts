/**
 * Many voices, one judgement: each respondent rates on their own, and this
 * combines their answers into what the team sees (how many chose each level,
 * the median, where they disagree) and into the audit's own ratings, which
 * `scoreAudit` then scores as it scores one person's. A rating the team has
 * agreed is the audit's rating; until then the median stands in, said as such.
 * Groups are shown apart only when they are large enough that nobody's
 * rating can be picked out.
 */
import { NOT_APPLICABLE, type AnswersByIndicator, type Rating } from './audit';
import { scoreAudit } from './score-audit';
import type { Toolkit } from './toolkit-schema';

/** Fewer respondents than this in a group and the group is not shown apart. */
export const MIN_GROUP_SIZE = 3;
/** Ratings this many levels apart or more mark a statement for discussion. */
export const DISAGREEMENT_GAP = 2;

export interface TeamRespondent {
  id: string;
  groupId: string;
}

/** One respondent's answers: the same shape as an audit's. */
export interface TeamResponse {
  respondentId: string;
  answers: AnswersByIndicator;
}

export interface AgreedLevel {
  indicatorId: string;
  rating: Exclude<Rating, null>;
  reason: string;
}

export type RatingSource = 'agreed' | 'median' | 'none';

export interface IndicatorSpread {
  indicatorId: string;
  /** Respondents choosing each level, by level value, with every level of the scale present. */
  counts: Record<number, number>;
  notApplicable: number;
  notRated: number;
  /** The median of the levels given; halfway between two levels when the count is even. Null when nobody gave a level. */
  median: number | null;
  /** Whether two respondents are DISAGREEMENT_GAP levels or more apart. */
  isDisagreement: boolean;
  /** The audit's rating for this statement, and where it came from. */
  rating: Rating;
  source: RatingSource;
  reason: string;
}

/** Lowest to highest, and the middle half, of respondents' scores for a domain. */
export interface ScoreBand {
  respondents: number;
  median: number;
  lowest: number;
  highest: number;
  lowerQuartile: number;
  upperQuartile: number;
}

export interface DomainSpread {
  domainId: string;
  /** Null when no respondent rated anything in the domain. */
  band: ScoreBand | null;
}

export interface GroupView {
  groupId: string;
  /** Members of the group who have answered. */
  respondents: number;
  /** False for a group under MIN_GROUP_SIZE: its answers count in the whole team's, never apart. */
  isShown: boolean;
  domains: DomainSpread[];
}

export interface CombinedResponses {
  respondents: number;
  indicators: IndicatorSpread[];
  domains: DomainSpread[];
  groups: GroupView[];
  /** The audit's ratings, agreed or median, ready for `scoreAudit`. */
  answers: AnswersByIndicator;
}

/** The value at a fraction of the way through sorted values, between neighbours where it falls between two. */
function quantile(sorted: readonly number[], fraction: number): number {
  const position = (sorted.length - 1) * fraction;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

export function scoreBand(values: readonly number[]): ScoreBand | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return {
    respondents: sorted.length,
    median: quantile(sorted, 0.5),
    lowest: sorted[0]!,
    highest: sorted[sorted.length - 1]!,
    lowerQuartile: quantile(sorted, 0.25),
    upperQuartile: quantile(sorted, 0.75),
  };
}

/**
 * The level the team's median stands for until a level is agreed: the median
 * itself, or the lower of the two middle levels when it falls between them,
 * so that the fallback is always a level on the scale and never flatters.
 */
function medianLevel(levels: readonly number[]): number | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

function spreadOf(toolkit: Toolkit, indicatorId: string, ratings: readonly Rating[], agreed: AgreedLevel | undefined): IndicatorSpread {
  const levels = ratings.filter((rating): rating is number => typeof rating === 'number');
  const counts = Object.fromEntries(toolkit.scale.levels.map((level) => [level.value, levels.filter((value) => value === level.value).length]));
  const notApplicable = ratings.filter((rating) => rating === NOT_APPLICABLE).length;
  const fallback: Rating = medianLevel(levels) ?? (notApplicable > 0 ? NOT_APPLICABLE : null);
  return {
    indicatorId,
    counts,
    notApplicable,
    notRated: ratings.length - levels.length - notApplicable,
    median: levels.length > 0 ? quantile([...levels].sort((a, b) => a - b), 0.5) : null,
    isDisagreement: levels.length > 1 && Math.max(...levels) - Math.min(...levels) >= DISAGREEMENT_GAP,
    rating: agreed ? agreed.rating : fallback,
    source: agreed ? 'agreed' : fallback === null ? 'none' : 'median',
    reason: agreed?.reason ?? '',
  };
}

function domainSpreads(toolkit: Toolkit, responses: readonly TeamResponse[]): DomainSpread[] {
  const scores = responses.map((response) => scoreAudit(toolkit, response.answers));
  return toolkit.domains.map((domain, d) => ({
    domainId: domain.id,
    band: scoreBand(scores.map((score) => score.domains[d]!.score).filter((score): score is number => score !== null)),
  }));
}

export function combineResponses(
  toolkit: Toolkit,
  respondents: readonly TeamRespondent[],
  responses: readonly TeamResponse[],
  agreed: readonly AgreedLevel[] = [],
): CombinedResponses {
  const known = new Set(respondents.map((respondent) => respondent.id));
  // A response from someone no longer on the list does not count: the lead removed them.
  const counted = responses.filter((response) => known.has(response.respondentId));
  const agreedById = new Map(agreed.map((level) => [level.indicatorId, level]));
  const indicators = toolkit.domains.flatMap((domain) =>
    domain.indicators.map((indicator) =>
      spreadOf(
        toolkit,
        indicator.id,
        respondents.map((respondent) => counted.find((response) => response.respondentId === respondent.id)?.answers[indicator.id]?.rating ?? null),
        agreedById.get(indicator.id),
      ),
    ),
  );
  const groupIds = [...new Set(respondents.map((respondent) => respondent.groupId))];
  return {
    respondents: respondents.length,
    indicators,
    domains: domainSpreads(toolkit, counted),
    groups: groupIds.map((groupId) => {
      const members = new Set(respondents.filter((respondent) => respondent.groupId === groupId).map((respondent) => respondent.id));
      const answered = counted.filter((response) => members.has(response.respondentId));
      // Counted by who answered, not who was asked: three invited and one answer would show that one person's ratings.
      const isShown = answered.length >= MIN_GROUP_SIZE;
      return { groupId, respondents: answered.length, isShown, domains: isShown ? domainSpreads(toolkit, answered) : [] };
    }),
    answers: Object.fromEntries(indicators.filter((spread) => spread.rating !== null).map((spread) => [spread.indicatorId, { rating: spread.rating, note: spread.reason }])),
  };
}
