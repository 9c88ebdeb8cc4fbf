/**
 * The borough's roll-up of one toolkit as CSV, quoted and made formula-safe
 * as the ratings CSV is (toCsv). One table, a row per figure, the first
 * column saying which part of the roll-up it belongs to, so that a
 * spreadsheet can filter by it. A part whose figures rest on fewer than
 * MIN_SCHOOLS schools is one row saying so, with no figures. No school is
 * named.
 */
import { MIN_SCHOOLS, type ToolkitRollup } from './borough-rollup';
import { formatChange } from './chart-model';
import { toFileNamePart } from './file-name-part';
import { toCsv } from './ratings-csv';
import { formatScore } from './score-display';

export const ROLLUP_CSV_HEADER = [
  'Part',
  'Section',
  'Statement or legal requirement',
  'Schools',
  'Median',
  'Middle half from',
  'Middle half to',
  'Lowest',
  'Highest',
  'Schools below the middle or not meeting it',
  'Share (%)',
  'Earlier median',
  'Change',
  'Note',
] as const;

export const NOT_SHOWN_NOTE = `Not shown: based on fewer than ${MIN_SCHOOLS} schools`;

const score = (value: number | null) => (value === null ? '' : formatScore(value));
const percent = (share: number) => String(Math.round(share * 100));
const blank = (count: number) => Array.from({ length: count }, () => '');

export function buildRollupRows(rollup: ToolkitRollup): string[][] {
  const sections = rollup.sections.map((section) =>
    section.band
      ? ['Section scores', section.title, '', String(section.schools), score(section.band.median), score(section.band.lowerQuartile), score(section.band.upperQuartile), score(section.band.lowest), score(section.band.highest), '', '', '', '', '']
      : ['Section scores', section.title, '', String(section.schools), ...blank(9), NOT_SHOWN_NOTE],
  );
  const statements = rollup.belowMiddle.map((row) => ['Statements below the middle of the scale', row.sectionTitle, row.statement, String(row.schools), ...blank(5), String(row.below), percent(row.share), '', '', '']);
  const duties = rollup.legal.map((row) => ['Legal requirements not met', row.sectionTitle, row.duty, String(row.schools), ...blank(5), String(row.notMet), percent(row.share), '', '', '']);
  const hidden = (part: string, count: number, noun: string) => (count > 0 ? [[part, '', '', '', ...blank(9), `${count} ${noun} not shown: rated by fewer than ${MIN_SCHOOLS} schools`]] : []);
  const change = rollup.change.isShown
    ? rollup.change.sections.map((row) =>
        row.latest === null || row.earlier === null || row.change === null
          ? ['Change since the last round', row.title, '', String(row.schools), ...blank(9), NOT_SHOWN_NOTE]
          : ['Change since the last round', row.title, '', String(row.schools), score(row.latest), '', '', '', '', '', '', score(row.earlier), formatChange(Math.round(row.change * 10) / 10), ''],
      )
    : [['Change since the last round', '', '', String(rollup.change.schools), ...blank(9), `${NOT_SHOWN_NOTE} that shared two rounds`]];
  return [
    [...ROLLUP_CSV_HEADER],
    ...sections,
    ...statements,
    ...hidden('Statements below the middle of the scale', rollup.statementsHidden, 'statements'),
    ...duties,
    ...hidden('Legal requirements not met', rollup.dutiesHidden, 'legal requirements'),
    ...change,
  ];
}

/** The whole roll-up, or one line saying why there is none: too few schools to show anything. */
export function buildRollupCsv(rollup: ToolkitRollup): string {
  if (!rollup.isShown) return toCsv([[...ROLLUP_CSV_HEADER], ['All', '', '', String(rollup.schools), ...blank(9), `${NOT_SHOWN_NOTE}: ${rollup.schools} shared a summary`]]);
  return toCsv(buildRollupRows(rollup));
}

/** `attendance-2.0.0-borough-roll-up-2026-12-05.csv` */
export function rollupFileName(rollup: Pick<ToolkitRollup, 'toolkit'>, isoDate: string, extension: 'csv' | 'pdf'): string {
  return `${toFileNamePart(rollup.toolkit.id)}-${rollup.toolkit.version}-borough-roll-up-${isoDate}.${extension}`;
}
