/**
 * The borough roll-up in words: one set of sentences for the page and the
 * PDF, so that both say the same about what is shown and what is not.
 */
import { MIN_SCHOOLS, type SectionRollup, type ToolkitRollup } from './borough-rollup';
import { formatChange } from './chart-model';
import { formatScore, levelNameForScore } from './score-display';
import { countOf } from './team-spread';

/** How many statements the page and the PDF list under "where support would help most"; the CSV lists them all. */
export const TOP_STATEMENTS = 10;

export const ROLLUP_TITLES = {
  sections: 'Scores by section across schools',
  below: 'Where training and support would help most',
  legal: 'Legal requirements most often not met',
  change: 'Change since the last round',
} as const;

export const SECTION_COLUMNS = ['Section', 'Schools', 'Median', 'Middle half', 'Lowest to highest'] as const;
export const BELOW_COLUMNS = ['Statement', 'Section', 'Rated below the middle'] as const;
export const LEGAL_COLUMNS = ['Legal requirement', 'Section', 'Not met'] as const;
export const CHANGE_COLUMNS = ['Section', 'Schools', 'Last round', 'This round', 'Change'] as const;

export const NOT_SHOWN = `Not shown: fewer than ${MIN_SCHOOLS} schools`;

export function schoolsText(count: number): string {
  return countOf(count, 'school', 'schools');
}

/** Why a figure is missing, said once at the top. */
export const THRESHOLD_TEXT = `A figure that would rest on fewer than ${MIN_SCHOOLS} schools is not shown, so that no school’s results can be picked out.`;

export function describeRollupScope(rollup: ToolkitRollup): string {
  return `${schoolsText(rollup.schools)} shared a summary of version ${rollup.toolkit.version}. Each school counts once, with its latest self-evaluation. No school is named in these figures.`;
}

/** Null when there are enough schools to show figures. */
export function suppressionText(rollup: ToolkitRollup): string | null {
  if (rollup.isShown) return null;
  return (
    `Only ${schoolsText(rollup.schools)} ${rollup.schools === 1 ? 'has' : 'have'} shared a summary of this toolkit, fewer than ${MIN_SCHOOLS}, so no figures are shown: ` +
    `with so few schools, one school’s results could be picked out. The figures appear once ${MIN_SCHOOLS} schools have shared.`
  );
}

/** "2.5 (Developing)", the median as the scores table gives a score. */
export function medianText(rollup: ToolkitRollup, value: number): string {
  const level = levelNameForScore(rollup.toolkit.levels, value);
  return level ? `${formatScore(value)} (${level})` : formatScore(value);
}

/** "1.5 to 3.5", or one number when both ends show the same. */
export function spanText(from: number, to: number): string {
  const [low, high] = [formatScore(from), formatScore(to)];
  return low === high ? low : `${low} to ${high}`;
}

/** One row of the sections table, every cell as text. */
export function sectionCells(rollup: ToolkitRollup, section: SectionRollup): [string, string, string, string, string] {
  const { band } = section;
  if (!band) return [section.title, String(section.schools), NOT_SHOWN, '', ''];
  return [section.title, String(section.schools), medianText(rollup, band.median), spanText(band.lowerQuartile, band.upperQuartile), spanText(band.lowest, band.highest)];
}

/** "4 of 6 schools (67%)" */
export function shareText(count: number, of: number): string {
  return `${count} of ${schoolsText(of)} (${Math.round((count / of) * 100)}%)`;
}

export function belowIntro(rollup: ToolkitRollup): string {
  const below = rollup.toolkit.levels.filter((level) => level.value < rollup.middle).map((level) => `${level.value} ${level.label}`);
  return `The statements schools most often rated below the middle of the scale (${below.join(' or ')}), most often first. Statements no school rated below the middle are left out.`;
}

export function hiddenStatementsText(rollup: ToolkitRollup): string | null {
  const more = Math.max(0, rollup.belowMiddle.length - TOP_STATEMENTS);
  const parts = [
    more > 0 ? `${countOf(more, 'more statement was', 'more statements were')} rated below the middle by at least one school; the spreadsheet (CSV) lists them all.` : '',
    rollup.statementsHidden > 0 ? `${countOf(rollup.statementsHidden, 'statement is', 'statements are')} not shown because fewer than ${MIN_SCHOOLS} schools rated ${rollup.statementsHidden === 1 ? 'it' : 'them'}.` : '',
  ];
  return parts.filter(Boolean).join(' ') || null;
}

export function hiddenDutiesText(rollup: ToolkitRollup): string | null {
  if (rollup.dutiesHidden === 0) return null;
  return `${countOf(rollup.dutiesHidden, 'legal requirement is', 'legal requirements are')} not shown because fewer than ${MIN_SCHOOLS} schools rated ${rollup.dutiesHidden === 1 ? 'it' : 'them'} (marking one not applicable does not count).`;
}

export function changeIntro(rollup: ToolkitRollup): string {
  const { change } = rollup;
  if (!change.isShown) {
    return `${schoolsText(change.schools)} shared two rounds of this toolkit version, fewer than ${MIN_SCHOOLS}, so the change since the last round is not shown.`;
  }
  return `For the ${change.schools} schools that shared two rounds of this toolkit version: the median of each section’s scores in the last round and in this one, and the median of each school’s own change.`;
}

export function changeCells(row: ToolkitRollup['change']['sections'][number]): [string, string, string, string, string] {
  if (row.earlier === null || row.latest === null || row.change === null) return [row.title, String(row.schools), NOT_SHOWN, '', ''];
  return [row.title, String(row.schools), formatScore(row.earlier), formatScore(row.latest), formatChange(Math.round(row.change * 10) / 10)];
}

export const ROLLUP_KEY = {
  range: 'Lowest to highest school',
  middle: 'Middle half of schools',
  score: 'Median school',
} as const;
