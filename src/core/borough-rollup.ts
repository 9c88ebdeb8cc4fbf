/**
 * Across the borough, per toolkit version: each section's median school and
 * spread, the statements most often rated below the middle of the scale
 * (where training and support would help most), the legal requirements most
 * often not met, and the change since the last round for schools that
 * shared two. Each school counts once, with its latest round. A figure that
 * would rest on fewer than MIN_SCHOOLS schools is left out, never folded in
 * elsewhere, so that no school's results can be picked out; nothing here
 * names a school.
 */
import { scoreBand, type ScoreBand } from './combine-responses';
import { groupByToolkit, roundsBySchool, type ImportedSummary, type SchoolRounds } from './imported-summary';
import type { SchoolSummary, SummarySection } from './school-summary';
import type { ScaleLevel } from './toolkit-schema';

/** Fewer schools than this behind a figure and the figure is not shown. */
export const MIN_SCHOOLS = 5;

export interface SectionRollup {
  id: string;
  title: string;
  shortTitle: string;
  /** Schools with a score for the section. */
  schools: number;
  /** Null when fewer than MIN_SCHOOLS schools have a score. */
  band: ScoreBand | null;
}

export interface StatementRollup {
  id: string;
  statement: string;
  sectionTitle: string;
  /** Schools that rated it at a level. */
  schools: number;
  /** Of those, how many rated it below the middle of the scale. */
  below: number;
  share: number;
}

export interface DutyRollup {
  statementId: string;
  duty: string;
  source: string;
  sectionTitle: string;
  /** Schools that rated it (met or not met); those marking it not applicable or not rating it are left out. */
  schools: number;
  notMet: number;
  share: number;
}

export interface SectionChange {
  id: string;
  title: string;
  /** Schools with a score for the section in both rounds. */
  schools: number;
  /** Null when fewer than MIN_SCHOOLS schools. */
  earlier: number | null;
  latest: number | null;
  /** The median of each school's own change. */
  change: number | null;
}

export interface ToolkitRollup {
  toolkit: { id: string; version: string; title: string; levels: ScaleLevel[] };
  /** Schools counted: each school once, with its latest round. */
  schools: number;
  isShown: boolean;
  sections: SectionRollup[];
  /** Ratings below this value count as below the middle of the scale. */
  middle: number;
  /** Statements some school rated below the middle, most often first; only those at least MIN_SCHOOLS schools rated. */
  belowMiddle: StatementRollup[];
  /** Statements left out of belowMiddle because fewer than MIN_SCHOOLS schools rated them. */
  statementsHidden: number;
  /** Every legal requirement at least MIN_SCHOOLS schools rated, most often not met first. */
  legal: DutyRollup[];
  dutiesHidden: number;
  change: { schools: number; isShown: boolean; sections: SectionChange[] };
}

const isShownCount = (count: number) => count >= MIN_SCHOOLS;
const median = (values: readonly number[]) => scoreBand(values)?.median ?? null;

/** The sections in the toolkit's order: a full review's, with any a quick review alone has after them. */
function sectionsOf(rounds: readonly SchoolRounds[]): Pick<SummarySection, 'id' | 'title' | 'shortTitle'>[] {
  const sorted = [...rounds].sort((a, b) => Number(b.latest.selfEvaluation.scope === 'full') - Number(a.latest.selfEvaluation.scope === 'full'));
  const seen = new Map<string, Pick<SummarySection, 'id' | 'title' | 'shortTitle'>>();
  for (const { latest } of sorted) for (const { id, title, shortTitle } of latest.sections) if (!seen.has(id)) seen.set(id, { id, title, shortTitle });
  return [...seen.values()];
}

function sectionScores(summary: SchoolSummary): Map<string, number> {
  return new Map(summary.sections.flatMap((section) => (section.score === null ? [] : [[section.id, section.score] as const])));
}

function rollUpSections(sections: ReturnType<typeof sectionsOf>, latest: readonly SchoolSummary[]): SectionRollup[] {
  const scores = latest.map(sectionScores);
  return sections.map((section) => {
    const values = scores.flatMap((byId) => byId.get(section.id) ?? []);
    return { ...section, schools: values.length, band: isShownCount(values.length) ? scoreBand(values) : null };
  });
}

function rollUpStatements(latest: readonly SchoolSummary[], middle: number): { shown: StatementRollup[]; hidden: number } {
  const tally = new Map<string, StatementRollup>();
  for (const summary of latest) {
    for (const section of summary.sections) {
      for (const { id, statement, rating } of section.statements) {
        if (typeof rating !== 'number') continue;
        let row = tally.get(id);
        if (!row) tally.set(id, (row = { id, statement, sectionTitle: section.title, schools: 0, below: 0, share: 0 }));
        row.schools += 1;
        if (rating < middle) row.below += 1;
      }
    }
  }
  const rows = [...tally.values()].map((row) => ({ ...row, share: row.below / row.schools }));
  const shown = rows.filter((row) => isShownCount(row.schools));
  return { shown: shown.filter((row) => row.below > 0).sort((a, b) => b.share - a.share || b.below - a.below), hidden: rows.length - shown.length };
}

function rollUpDuties(latest: readonly SchoolSummary[]): { shown: DutyRollup[]; hidden: number } {
  const tally = new Map<string, DutyRollup>();
  for (const summary of latest) {
    const sectionOf = new Map(summary.sections.flatMap((section) => section.statements.map((statement) => [statement.id, section.title])));
    for (const { statementId, duty, source, state } of summary.legalRequirements) {
      let row = tally.get(statementId);
      if (!row) tally.set(statementId, (row = { statementId, duty, source, sectionTitle: sectionOf.get(statementId) ?? '', schools: 0, notMet: 0, share: 0 }));
      if (state !== 'met' && state !== 'not-met') continue;
      row.schools += 1;
      if (state === 'not-met') row.notMet += 1;
    }
  }
  const rows = [...tally.values()].map((row) => ({ ...row, share: row.schools === 0 ? 0 : row.notMet / row.schools }));
  const shown = rows.filter((row) => isShownCount(row.schools));
  return { shown: shown.sort((a, b) => b.share - a.share || b.notMet - a.notMet), hidden: rows.length - shown.length };
}

function rollUpChange(sections: ReturnType<typeof sectionsOf>, rounds: readonly SchoolRounds[]): ToolkitRollup['change'] {
  const pairs = rounds.flatMap(({ latest, previous }) => (previous ? [[sectionScores(previous), sectionScores(latest)] as const] : []));
  return {
    schools: pairs.length,
    isShown: isShownCount(pairs.length),
    sections: sections.map(({ id, title }) => {
      const both = pairs.flatMap(([before, after]) => {
        const [earlier, later] = [before.get(id), after.get(id)];
        return earlier === undefined || later === undefined ? [] : [{ earlier, later }];
      });
      const shown = isShownCount(both.length);
      return {
        id,
        title,
        schools: both.length,
        earlier: shown ? median(both.map((pair) => pair.earlier)) : null,
        latest: shown ? median(both.map((pair) => pair.later)) : null,
        change: shown ? median(both.map((pair) => pair.later - pair.earlier)) : null,
      };
    }),
  };
}

/** Between the lowest and highest levels: on a 1–4 scale, ratings of 1 and 2 are below the middle. */
export function middleOf(levels: readonly ScaleLevel[]): number {
  const values = levels.map((level) => level.value);
  return (Math.min(...values) + Math.max(...values)) / 2;
}

/** The roll-up of the summaries of one toolkit version. */
export function rollUpToolkit(summaries: readonly ImportedSummary[]): ToolkitRollup {
  const rounds = roundsBySchool(summaries);
  const latest = rounds.map((round) => round.latest);
  // The newest file names the toolkit: all are of the same version, so they agree unless one was edited.
  const newest = [...latest].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;
  const { id, version, title, levels } = newest.toolkit;
  const middle = middleOf(levels);
  const sections = sectionsOf(rounds);
  // With fewer than MIN_SCHOOLS schools in all, every figure below rests on fewer and is left out on its own.
  const statements = rollUpStatements(latest, middle);
  const duties = rollUpDuties(latest);
  return {
    toolkit: { id, version, title, levels },
    schools: rounds.length,
    isShown: isShownCount(rounds.length),
    sections: rollUpSections(sections, latest),
    middle,
    belowMiddle: statements.shown,
    statementsHidden: statements.hidden,
    legal: duties.shown,
    dutiesHidden: duties.hidden,
    change: rollUpChange(sections, rounds),
  };
}

/** Every toolkit version the council holds summaries of, by title and newest version first. */
export function rollUpAll(summaries: readonly ImportedSummary[]): ToolkitRollup[] {
  return [...groupByToolkit(summaries).values()]
    .map(rollUpToolkit)
    .sort((a, b) => a.toolkit.title.localeCompare(b.toolkit.title) || b.toolkit.version.localeCompare(a.toolkit.version, undefined, { numeric: true }));
}
