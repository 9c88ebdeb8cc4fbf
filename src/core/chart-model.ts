/**
 * What the results page, its radar and meeting mode show, as plain data: each
 * domain's score on the toolkit's own scale, its level name, how much was
 * rated, and — when an earlier audit is chosen — the change since then.
 * A domain with nothing rated is "not rated" (score null), never zero.
 */
import type { AnswersByIndicator, Rating } from './audit';
import { ratingLabel } from './rating-label';
import { scoreAudit, type DomainScore } from './score-audit';
import { formatScore, levelNameForScore, roundScore } from './score-display';
import type { ScaleLevel, Toolkit } from './toolkit-schema';

export interface IndicatorResult {
  indicatorId: string;
  statement: string;
  rating: Rating;
  /** "Embedded", "Not applicable" or "Not answered". */
  ratingText: string;
  note: string;
  /** The earlier audit's rating text; null when not comparing or the indicator is new. */
  earlierRatingText: string | null;
}

export interface EarlierDomainResult {
  score: number | null;
  scoreText: string;
  levelName: string | null;
  rated: number;
  total: number;
}

export interface DomainResult {
  domainId: string;
  title: string;
  shortTitle: string;
  score: number | null;
  scoreText: string;
  levelName: string | null;
  rated: number;
  notApplicable: number;
  total: number;
  isPriority: boolean;
  /** Null when not comparing, or when the earlier audit's toolkit had no such domain. */
  earlier: EarlierDomainResult | null;
  /** This score minus the earlier one, as shown (one decimal place); null when either is not rated. */
  change: number | null;
  /** "+0.5", "−0.3", "No change", or why there is no change to show. Empty when not comparing. */
  changeText: string;
  indicators: IndicatorResult[];
}

export interface ComparedAudit {
  answers: AnswersByIndicator;
  toolkit: Toolkit;
}

export interface ChartModel {
  /** The radius axis runs from 0 to the top level, so that two audits share one scale. */
  maxLevel: number;
  levels: ScaleLevel[];
  domains: DomainResult[];
  overall: number | null;
  overallText: string;
  overallLevelName: string | null;
  earlierOverall: number | null;
  earlierOverallText: string | null;
  overallChange: number | null;
  overallChangeText: string;
  isComparing: boolean;
  /** Why a chosen earlier audit is not shown, or null. */
  comparisonProblem: string | null;
}

const MINUS = '\u2212';

export function changeBetween(score: number | null, earlier: number | null): number | null {
  if (score === null || earlier === null) return null;
  // The scores as shown, so that the change column adds up with the score columns.
  return Math.round((roundScore(score) - roundScore(earlier)) * 10) / 10;
}

export function formatChange(change: number): string {
  if (change === 0) return 'No change';
  return change > 0 ? `+${change.toFixed(1)}` : `${MINUS}${Math.abs(change).toFixed(1)}`;
}

function describeChange(score: number | null, earlier: EarlierDomainResult | null, isComparing: boolean): string {
  if (!isComparing) return '';
  if (!earlier) return 'Not in the earlier audit';
  if (score === null) return 'Not rated now';
  if (earlier.score === null) return 'Not rated before';
  return formatChange(changeBetween(score, earlier.score) ?? 0);
}

/** Scores compare only when both audits rate on the same levels. */
export function haveSameScale(one: Toolkit, other: Toolkit): boolean {
  const values = (toolkit: Toolkit) => toolkit.scale.levels.map((level) => level.value).sort((a, b) => a - b).join(',');
  return values(one) === values(other);
}

export function buildChartModel(
  toolkit: Toolkit,
  answers: AnswersByIndicator,
  options: { priorityDomainIds?: readonly string[]; earlier?: ComparedAudit | null } = {},
): ChartModel {
  const levels = [...toolkit.scale.levels].sort((a, b) => a.value - b.value);
  const levelName = (score: number | null) => levelNameForScore(levels, score);
  const earlier = options.earlier && haveSameScale(toolkit, options.earlier.toolkit) ? options.earlier : null;
  const isComparing = earlier !== null;
  const score = scoreAudit(toolkit, answers);
  const earlierScore = earlier ? scoreAudit(earlier.toolkit, earlier.answers) : null;
  const earlierIndicatorIds = new Set(earlier?.toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id)));
  const priorities = new Set(options.priorityDomainIds ?? []);

  const toEarlier = (domain: DomainScore | undefined): EarlierDomainResult | null =>
    domain
      ? { score: domain.score, scoreText: formatScore(domain.score), levelName: levelName(domain.score), rated: domain.rated, total: domain.total }
      : null;

  const domains = toolkit.domains.map((domain, index): DomainResult => {
    const current = score.domains[index]!;
    const before = toEarlier(earlierScore?.domains.find((candidate) => candidate.domainId === domain.id));
    return {
      domainId: domain.id,
      title: domain.title,
      shortTitle: domain.shortTitle,
      score: current.score,
      scoreText: formatScore(current.score),
      levelName: levelName(current.score),
      rated: current.rated,
      notApplicable: current.notApplicable,
      total: current.total,
      isPriority: priorities.has(domain.id),
      earlier: before,
      change: before ? changeBetween(current.score, before.score) : null,
      changeText: describeChange(current.score, before, isComparing),
      indicators: domain.indicators.map((indicator) => {
        const rating = answers[indicator.id]?.rating ?? null;
        const hadIndicator = earlier !== null && earlierIndicatorIds.has(indicator.id);
        return {
          indicatorId: indicator.id,
          statement: indicator.statement,
          rating,
          ratingText: ratingLabel(levels, rating),
          note: answers[indicator.id]?.note ?? '',
          earlierRatingText: hadIndicator ? ratingLabel(levels, earlier.answers[indicator.id]?.rating ?? null) : null,
        };
      }),
    };
  });

  const earlierOverall = earlierScore?.overall ?? null;
  const overallChange = changeBetween(score.overall, earlierOverall);
  return {
    maxLevel: levels[levels.length - 1]!.value,
    levels,
    domains,
    overall: score.overall,
    overallText: formatScore(score.overall),
    overallLevelName: levelName(score.overall),
    earlierOverall,
    earlierOverallText: earlierScore ? formatScore(earlierOverall) : null,
    overallChange,
    overallChangeText: !isComparing ? '' : overallChange === null ? 'Cannot compare' : formatChange(overallChange),
    isComparing,
    comparisonProblem:
      options.earlier && !earlier ? 'The earlier self-evaluation used a different rating scale, so its scores cannot be compared with these.' : null,
  };
}
