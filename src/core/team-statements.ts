/**
 * Each statement as the team rated it, ready to show: how many gave each
 * level, the median, the team's rating and where it came from, whether
 * ratings are far enough apart to discuss, and (open mode only) who gave
 * which. Statements to discuss are also gathered first, so that a meeting
 * can start with them.
 */
import { NOT_APPLICABLE, type Rating } from './audit';
import type { RatingSource } from './combine-responses';
import { ratingLabel } from './rating-label';
import { describeDistribution, describeMedian, ratingSourceLabel } from './team-spread';
import type { TeamView } from './team-ratings';
import type { Toolkit } from './toolkit-schema';

export interface NamedGroup {
  /** "Embedded", "Not applicable" or "Not rated". */
  ratingText: string;
  names: string[];
}

export interface StatementSpread {
  indicatorId: string;
  domainId: string;
  statement: string;
  distributionText: string;
  /** Null when nobody gave a level. */
  medianText: string | null;
  /** The team's rating: the level agreed, or the median standing in. */
  ratingText: string;
  source: RatingSource;
  /** "Agreed", "Median, not yet agreed", or null when nobody rated it. */
  sourceLabel: string | null;
  /** Why the team agreed the level, when it did and said why. */
  reason: string;
  isDisagreement: boolean;
  /** Who gave which rating, highest level first: only in open mode, else null. */
  named: NamedGroup[] | null;
}

export interface SectionStatements {
  domainId: string;
  title: string;
  statements: StatementSpread[];
  /** How many of the section's statements the team has agreed a level for; the rest stand at the median until then. */
  agreed: number;
}

export interface TeamStatements {
  sections: SectionStatements[];
  /** Statements whose ratings are two or more levels apart, in the toolkit's order. */
  disagreements: StatementSpread[];
}

function nameByRating(toolkit: Toolkit, named: ReadonlyArray<{ name: string; rating: Rating }>): NamedGroup[] {
  const order: Rating[] = [...[...toolkit.scale.levels].sort((a, b) => b.value - a.value).map((level) => level.value), NOT_APPLICABLE, null];
  return order.flatMap((rating) => {
    const names = named.filter((person) => person.rating === rating).map((person) => person.name);
    return names.length === 0 ? [] : [{ ratingText: rating === null ? 'Not rated' : ratingLabel(toolkit.scale.levels, rating), names }];
  });
}

export function describeStatements(toolkit: Toolkit, team: TeamView): TeamStatements {
  const levels = toolkit.scale.levels;
  const spreads = new Map(team.combined.indicators.map((spread) => [spread.indicatorId, spread]));
  const sections = toolkit.domains.map((domain): SectionStatements => {
    const statements = domain.indicators.flatMap((indicator): StatementSpread[] => {
      const spread = spreads.get(indicator.id);
      if (!spread) return [];
      const named = team.mode === 'open' ? team.namedRatings?.[indicator.id] : undefined;
      return [
        {
          indicatorId: indicator.id,
          domainId: domain.id,
          statement: indicator.statement,
          distributionText: describeDistribution(levels, spread),
          medianText: describeMedian(levels, spread),
          ratingText: ratingLabel(levels, spread.rating),
          source: spread.source,
          sourceLabel: ratingSourceLabel(spread.source),
          reason: spread.reason.trim(),
          isDisagreement: spread.isDisagreement,
          named: named ? nameByRating(toolkit, named) : null,
        },
      ];
    });
    return {
      domainId: domain.id,
      title: domain.title,
      statements,
      agreed: statements.filter((statement) => statement.source === 'agreed').length,
    };
  });
  return { sections, disagreements: sections.flatMap((section) => section.statements.filter((statement) => statement.isDisagreement)) };
}

/** Each statement's rating source, for every place a team's rating is shown: none for one person's audit. */
export function ratingSources(team: TeamView | null): ReadonlyMap<string, RatingSource> {
  return new Map(team ? team.combined.indicators.map((spread) => [spread.indicatorId, spread.source]) : []);
}
