/**
 * The borough's roll-up in the shape the radar draws: each section's median
 * school as the score line, and the spread of schools' scores (lowest to
 * highest, and the middle half) as the band behind it. A section whose
 * figures are not shown (fewer than MIN_SCHOOLS schools) has no point and no
 * band, as a section nobody rated has none on a school's own radar.
 */
import type { ToolkitRollup } from './borough-rollup';
import type { ChartModel, DomainResult } from './chart-model';
import type { ScoreBand } from './combine-responses';
import { formatScore, levelNameForScore } from './score-display';

export interface RollupChart {
  model: ChartModel;
  /** In the order of the model's sections. */
  bands: (ScoreBand | null)[];
}

export function buildRollupChart(rollup: ToolkitRollup): RollupChart {
  const levels = [...rollup.toolkit.levels].sort((a, b) => a.value - b.value);
  const domains = rollup.sections.map(
    (section): DomainResult => ({
      domainId: section.id,
      title: section.title,
      shortTitle: section.shortTitle,
      score: section.band?.median ?? null,
      scoreText: section.band ? formatScore(section.band.median) : 'Not shown',
      levelName: levelNameForScore(levels, section.band?.median ?? null),
      rated: section.schools,
      notApplicable: 0,
      total: rollup.schools,
      isPriority: false,
      earlier: null,
      change: null,
      changeText: '',
      indicators: [],
    }),
  );
  return {
    model: {
      maxLevel: levels.at(-1)!.value,
      levels,
      domains,
      overall: null,
      overallText: formatScore(null),
      overallLevelName: null,
      earlierOverall: null,
      earlierOverallText: null,
      overallChange: null,
      overallChangeText: '',
      isComparing: false,
      comparisonProblem: null,
    },
    bands: rollup.sections.map((section) => section.band),
  };
}
