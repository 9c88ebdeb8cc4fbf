/**
 * Strengths and areas to develop: the indicators rated at the highest and at
 * the lowest level this audit gave, grouped by domain, each group with what the
 * team wrote about that domain (what is working well beside strengths, what
 * would make it even better beside areas to develop). Appreciative inquiry:
 * strengths come first.
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
  /** "What is working well" for strengths, "Even better if" for areas to develop; may be empty. */
  reflection: string;
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
  /** Reflections not already shown beside a strength or an area, so that nothing the team wrote is hidden. */
  otherReflections: DomainReflection[];
}

function ratedIndicators(domain: DomainResult): HighlightedIndicator[] {
  return domain.indicators.flatMap((indicator) =>
    typeof indicator.rating === 'number'
      ? [{ indicatorId: indicator.indicatorId, statement: indicator.statement, rating: indicator.rating, ratingText: indicator.ratingText, note: indicator.note }]
      : [],
  );
}

function groupAtLevel(domains: readonly DomainResult[], level: number, reflectionOf: (domainId: string) => string): HighlightGroup[] {
  return domains.flatMap((domain) => {
    const indicators = ratedIndicators(domain).filter((indicator) => indicator.rating === level);
    return indicators.length === 0 ? [] : [{ domainId: domain.domainId, title: domain.title, reflection: reflectionOf(domain.domainId), indicators }];
  });
}

export function findStrengthsAndAreas(model: ChartModel, reflections: readonly Reflection[]): StrengthsAndAreas {
  const byDomain = new Map(reflections.map((reflection) => [reflection.domainId, reflection]));
  const workingWell = (domainId: string) => byDomain.get(domainId)?.workingWell.trim() ?? '';
  const evenBetterIf = (domainId: string) => byDomain.get(domainId)?.evenBetterIf.trim() ?? '';

  const rated = model.domains.flatMap(ratedIndicators);
  const ratings = rated.map((indicator) => indicator.rating);
  const highest = Math.max(...ratings);
  const lowest = Math.min(...ratings);
  const isSpread = ratings.length > 0 && highest > lowest;
  const strengths = isSpread ? groupAtLevel(model.domains, highest, workingWell) : [];
  const areas = isSpread ? groupAtLevel(model.domains, lowest, evenBetterIf) : [];
  const sameLevel = isSpread ? undefined : rated[0]?.ratingText;

  const shownWorkingWell = new Set(strengths.map((group) => group.domainId));
  const shownEvenBetterIf = new Set(areas.map((group) => group.domainId));
  const otherReflections = model.domains.flatMap((domain): DomainReflection[] => {
    const other = {
      domainId: domain.domainId,
      title: domain.title,
      workingWell: shownWorkingWell.has(domain.domainId) ? '' : workingWell(domain.domainId),
      evenBetterIf: shownEvenBetterIf.has(domain.domainId) ? '' : evenBetterIf(domain.domainId),
    };
    return other.workingWell || other.evenBetterIf ? [other] : [];
  });

  return {
    strengths,
    areas,
    sameLevelText: sameLevel ? `Every rated indicator is at the same level (${sameLevel}), so none stands out as a strength or an area to develop.` : null,
    otherReflections,
  };
}
