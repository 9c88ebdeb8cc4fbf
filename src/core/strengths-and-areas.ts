/**
 * Strengths and areas to develop: the indicators rated at the highest and at
 * the lowest level this audit gave, grouped by domain. What the team wrote
 * belongs to a domain as a whole, not to the one indicator that happens to
 * be rated lowest, so it is given by domain, apart from the highlights.
 * Appreciative inquiry: strengths come first.
 */
import type { Reflection } from './audit';
import type { ChartModel, DomainResult } from './chart-model';

export interface HighlightedIndicator {
  indicatorId: string;
  statement: string;
  rating: number;
  ratingText: string;
  note: string;
}

export interface HighlightGroup {
  domainId: string;
  title: string;
  indicators: HighlightedIndicator[];
}

export interface DomainReflection {
  domainId: string;
  title: string;
  workingWell: string;
  evenBetterIf: string;
}

export interface StrengthsAndAreas {
  strengths: HighlightGroup[];
  areas: HighlightGroup[];
  /** Set when every rated indicator sits at one level, so none stands out. */
  sameLevelText: string | null;
  /** What the team wrote, for every domain it wrote anything for, in the toolkit's order. */
  reflections: DomainReflection[];
}

function ratedIndicators(domain: DomainResult): HighlightedIndicator[] {
  return domain.indicators.flatMap((indicator) =>
    typeof indicator.rating === 'number'
      ? [{ indicatorId: indicator.indicatorId, statement: indicator.statement, rating: indicator.rating, ratingText: indicator.ratingText, note: indicator.note }]
      : [],
  );
}

function groupAtLevel(domains: readonly DomainResult[], level: number): HighlightGroup[] {
  return domains.flatMap((domain) => {
    const indicators = ratedIndicators(domain).filter((indicator) => indicator.rating === level);
    return indicators.length === 0 ? [] : [{ domainId: domain.domainId, title: domain.title, indicators }];
  });
}

export function findStrengthsAndAreas(model: ChartModel, reflections: readonly Reflection[]): StrengthsAndAreas {
  const byDomain = new Map(reflections.map((reflection) => [reflection.domainId, reflection]));

  const rated = model.domains.flatMap(ratedIndicators);
  const ratings = rated.map((indicator) => indicator.rating);
  const highest = Math.max(...ratings);
  const lowest = Math.min(...ratings);
  const isSpread = ratings.length > 0 && highest > lowest;
  const strengths = isSpread ? groupAtLevel(model.domains, highest) : [];
  const areas = isSpread ? groupAtLevel(model.domains, lowest) : [];
  const sameLevel = isSpread ? undefined : rated[0]?.ratingText;

  const written = model.domains.flatMap((domain): DomainReflection[] => {
    const reflection = byDomain.get(domain.domainId);
    const texts = { workingWell: reflection?.workingWell.trim() ?? '', evenBetterIf: reflection?.evenBetterIf.trim() ?? '' };
    return texts.workingWell || texts.evenBetterIf ? [{ domainId: domain.domainId, title: domain.title, ...texts }] : [];
  });

  return {
    strengths,
    areas,
    sameLevelText: sameLevel ? `Every rated statement is at the same level (${sameLevel}), so none stands out as a strength or an area to develop.` : null,
    reflections: written,
  };
}
