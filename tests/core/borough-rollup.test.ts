import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/core/audit';
import { MIN_SCHOOLS, middleOf, rollUpAll, rollUpToolkit } from '../../src/core/borough-rollup';
import type { ScoreBand } from '../../src/core/combine-responses';
import { buildRollupChart } from '../../src/core/rollup-chart';
import { attendance, makeImported, makeSchools, statementIds } from '../fixtures/school-summaries';

const leadership = attendance.domains[0]!;
const band = (median: number, lowerQuartile: number, upperQuartile: number, lowest: number, highest: number, respondents: number): ScoreBand => ({
  respondents,
  median,
  lowest,
  highest,
  lowerQuartile,
  upperQuartile,
});

describe('rollUpToolkit: each section’s median school and spread', () => {
  it.each<[string, Rating[], ScoreBand | null]>([
    ['one school is not shown', [3], null],
    ['four schools are not shown', [1, 2, 3, 4], null],
    ['five schools are', [1, 2, 3, 4, 4], band(3, 2, 4, 1, 4, 5)],
    ['six: the median halfway between the middle two, quartiles between neighbours', [1, 1, 2, 3, 4, 4], band(2.5, 1.25, 3.75, 1, 4, 6)],
    ['seven in any order', [4, 2, 2, 3, 1, 3, 2], band(2, 2, 3, 1, 4, 7)],
    ['schools marking every statement not applicable have no score and do not count', [3, 3, 3, 3, 'n/a', 'n/a'], null],
  ])('%s', (_name, levels, expected) => {
    const rollup = rollUpToolkit(makeSchools(levels.length, (n) => levels[n]!));
    expect(rollup.sections[0]!.band).toEqual(expected);
    expect(rollup.sections[0]!.schools).toBe(levels.filter((level) => typeof level === 'number').length);
  });

  it(`shows nothing at all below ${MIN_SCHOOLS} schools, and says how many there are`, () => {
    const rollup = rollUpToolkit(makeSchools(3, () => 1));
    expect(rollup).toMatchObject({ schools: 3, isShown: false, belowMiddle: [], legal: [], change: { isShown: false } });
    expect(rollup.sections.every((section) => section.band === null)).toBe(true);
  });

  it('leaves out one section rated by too few schools while showing the rest', () => {
    // Five schools; two of them mark the first section's statements not applicable.
    const ratings = (n: number) => statementIds.map((id) => (n < 2 && leadership.indicators.some((indicator) => indicator.id === id) ? 'n/a' : 2));
    const rollup = rollUpToolkit(Array.from({ length: 5 }, (_, n) => makeImported({ school: `School ${n}`, ratings: ratings(n) })));
    expect(rollup.isShown).toBe(true);
    expect(rollup.sections[0]).toMatchObject({ schools: 3, band: null });
    expect(rollup.sections[1]!.band?.median).toBe(2);
  });

  it('counts each school once, with its latest round, telling schools apart by URN or else by name', () => {
    const rounds = [
      makeImported({ school: 'Oak Primary', auditId: 'oak-autumn', date: '2026-10-01', ratings: 1 }),
      makeImported({ school: 'oak  primary', auditId: 'oak-spring', date: '2027-03-01', ratings: 4 }),
      makeImported({ school: 'Elm', urn: '100001', auditId: 'elm-1', date: '2027-03-01', ratings: 4 }),
      makeImported({ school: 'Elm Academy', urn: '100001', auditId: 'elm-2', date: '2026-10-01', ratings: 1 }),
      ...makeSchools(3, () => 2),
    ];
    const rollup = rollUpToolkit(rounds);
    expect(rollup.schools).toBe(5);
    expect(rollup.sections[0]!.band).toEqual(band(2, 2, 4, 2, 4, 5));
  });

  it('names no school anywhere', () => {
    const text = JSON.stringify(rollUpToolkit(makeSchools(6, (n) => (n % 4) + 1, { urn: undefined })));
    expect(text).not.toMatch(/School \d/);
  });
});

describe('rollUpToolkit: where support would help most', () => {
  it('puts the middle of the scale between its lowest and highest levels', () => {
    expect(middleOf(attendance.scale.levels)).toBe(2.5);
    expect(middleOf([{ value: 0, label: 'No' }, { value: 1, label: 'Partly' }, { value: 2, label: 'Yes' }])).toBe(1);
  });

  it('lists the statements most often rated below the middle, most often first, and leaves out those too few rated', () => {
    const [a, b, c] = statementIds as [string, string, string];
    // Seven schools: a is below the middle for five of them, b for two, c is not applicable for three (four rate it).
    const levels = (n: number) => statementIds.map((id) => (id === a ? (n < 5 ? 1 : 4) : id === b ? (n < 2 ? 2 : 3) : id === c ? (n < 3 ? 'n/a' : 1) : 3));
    const rollup = rollUpToolkit(Array.from({ length: 7 }, (_, n) => makeImported({ school: `School ${n}`, ratings: levels(n) })));
    expect(rollup.belowMiddle.map(({ id, schools, below }) => ({ id, schools, below }))).toEqual([
      { id: a, schools: 7, below: 5 },
      { id: b, schools: 7, below: 2 },
    ]);
    expect(rollup.belowMiddle[0]!.share).toBeCloseTo(5 / 7);
    expect(rollup.belowMiddle[0]!.sectionTitle).toBe(leadership.title);
    expect(rollup.statementsHidden).toBe(1);
  });

  it('lists the legal requirements by how often they are not met, counting only schools that rated them', () => {
    // Met from level 3. Six schools: registers not met by four, codes by one, the rest met; one school marks codes not applicable.
    const levels = (n: number) => statementIds.map((id) => (id === 'accurate-registers' ? (n < 4 ? 2 : 3) : id === 'register-codes' ? (n === 0 ? 1 : n === 1 ? 'n/a' : 4) : 3));
    const rollup = rollUpToolkit(Array.from({ length: 6 }, (_, n) => makeImported({ school: `School ${n}`, ratings: levels(n) })));
    expect(rollup.legal.slice(0, 2).map(({ statementId, schools, notMet }) => ({ statementId, schools, notMet }))).toEqual([
      { statementId: 'accurate-registers', schools: 6, notMet: 4 },
      { statementId: 'register-codes', schools: 5, notMet: 1 },
    ]);
    expect(rollup.legal).toHaveLength(7);
    expect(rollup.legal.at(-1)!.notMet).toBe(0);
  });
});

describe('rollUpToolkit: change since the last round', () => {
  const twoRounds = (count: number) =>
    Array.from({ length: count }, (_, n) => [
      makeImported({ school: `School ${n}`, auditId: `s${n}-autumn`, date: '2026-10-01', ratings: 2 }),
      makeImported({ school: `School ${n}`, auditId: `s${n}-spring`, date: '2027-03-01', ratings: n === 0 ? 2 : 3 }),
    ]).flat();

  it.each<[string, number, number, { earlier: number | null; latest: number | null; change: number | null }]>([
    ['five schools with two rounds show the change', 5, 0, { earlier: 2, latest: 3, change: 1 }],
    ['four do not, however many schools shared one', 4, 3, { earlier: null, latest: null, change: null }],
  ])('%s', (_name, withTwo, withOne, expected) => {
    const rollup = rollUpToolkit([...twoRounds(withTwo), ...makeSchools(withOne, () => 4, { date: '2027-03-02' }).map((row, n) => ({ ...row, schoolKey: `name:only once ${n}` }))]);
    expect(rollup.schools).toBe(withTwo + withOne);
    expect(rollup.change.schools).toBe(withTwo);
    expect(rollup.change.isShown).toBe(withTwo >= MIN_SCHOOLS);
    expect(rollup.change.sections[0]).toMatchObject({ schools: withTwo, ...expected });
  });
});

describe('rollUpAll and the chart', () => {
  it('makes one roll-up per toolkit version', () => {
    const older = { ...attendance, version: '1.0.0' };
    const rollups = rollUpAll([...makeSchools(5, () => 3), ...makeSchools(2, () => 3, { toolkit: older })]);
    expect(rollups.map((rollup) => [rollup.toolkit.version, rollup.schools])).toEqual([
      [attendance.version, 5],
      ['1.0.0', 2],
    ]);
  });

  it('draws the median school as the line and the spread as the band, with no point where a figure is not shown', () => {
    const chart = buildRollupChart(rollUpToolkit(makeSchools(5, (n) => [1, 2, 3, 4, 4][n]!)));
    expect(chart.model.domains[0]).toMatchObject({ score: 3, scoreText: '3.0', levelName: 'Developing' });
    expect(chart.bands[0]).toEqual(band(3, 2, 4, 1, 4, 5));
    const hidden = buildRollupChart(rollUpToolkit(makeSchools(2, () => 3)));
    expect(hidden.model.domains[0]).toMatchObject({ score: null, scoreText: 'Not shown' });
  });
});
