/**
 * The summary a school shares with its local authority: what its
 * self-evaluation found, and nothing that could name a person. It holds the
 * fields in SUMMARY_FIELDS and no others (a property test checks the
 * builder; the parser refuses anything else): the school's name and URN,
 * the toolkit, the date, each section's score, each statement's rating (the
 * level a team agreed, where it agreed one), the legal requirements, and the
 * "what is working well" passages the school ticked for the showcase. Never
 * people's names, evidence notes, reasons or one person's answers. The share
 * page shows this very object before it is saved. Types and the builder live
 * here, apart from the zod parser, as for the team files.
 */
import type { Audit, Rating, Reflection } from './audit';
import { toFileNamePart } from './file-name-part';
import { summariseLegalRequirements, type LegalRequirementState } from './legal-requirements';
import type { ReviewScope } from './review-scope';
import { scoreAudit } from './score-audit';
import { roundScore } from './score-display';
import type { AuditRatings } from './team-ratings';
import type { ScaleLevel, Toolkit } from './toolkit-schema';

export const SUMMARY_FORMAT = 'reflect-school-summary';
/** Bump on any change to what a summary holds; the parser refuses versions it does not know. */
export const SUMMARY_SCHEMA_VERSION = 1;

/** Where a statement's rating came from: one person's self-evaluation, the level a team agreed, or the team's median until then. */
export type SummaryRatingSource = 'own' | 'agreed' | 'median' | 'none';
export const SUMMARY_RATING_SOURCES = ['own', 'agreed', 'median', 'none'] as const satisfies readonly SummaryRatingSource[];
/** How the showcase booklet names the school beside its passages. */
export type ShowcaseCredit = 'named' | 'unnamed';
export const SHOWCASE_CREDITS = ['named', 'unnamed'] as const satisfies readonly ShowcaseCredit[];
export type RatedBy = 'one-person' | 'team';

export interface SummaryStatement {
  id: string;
  statement: string;
  rating: Rating;
  source: SummaryRatingSource;
}

export interface SummarySection {
  id: string;
  title: string;
  shortTitle: string;
  /** As the results page shows it (one decimal place); null when nothing in the section is rated. */
  score: number | null;
  rated: number;
  total: number;
  statements: SummaryStatement[];
}

export interface SummaryLegalRequirement {
  statementId: string;
  duty: string;
  source: string;
  state: LegalRequirementState;
}

export interface ShowcasePassage {
  sectionId: string;
  text: string;
}

export interface SchoolSummary {
  format: typeof SUMMARY_FORMAT;
  schemaVersion: typeof SUMMARY_SCHEMA_VERSION;
  appVersion: string;
  createdAt: string;
  /** What the file is and who made it, in words, for whoever opens it in a text editor. */
  about: string;
  school: { name: string; urn: string | null };
  /** The self-evaluation's id: a newer summary of the same one replaces the older at the council. */
  selfEvaluation: { id: string; date: string; scope: ReviewScope; ratedBy: RatedBy };
  toolkit: { id: string; version: string; title: string; levels: ScaleLevel[] };
  sections: SummarySection[];
  legalRequirements: SummaryLegalRequirement[];
  showcase: { credit: ShowcaseCredit; passages: ShowcasePassage[] };
}

/** Every field a summary may hold, `[]` marking the items of a list. Nothing else is ever written or read. */
export const SUMMARY_FIELDS = [
  'format',
  'schemaVersion',
  'appVersion',
  'createdAt',
  'about',
  'school.name',
  'school.urn',
  'selfEvaluation.id',
  'selfEvaluation.date',
  'selfEvaluation.scope',
  'selfEvaluation.ratedBy',
  'toolkit.id',
  'toolkit.version',
  'toolkit.title',
  'toolkit.levels[].value',
  'toolkit.levels[].label',
  'sections[].id',
  'sections[].title',
  'sections[].shortTitle',
  'sections[].score',
  'sections[].rated',
  'sections[].total',
  'sections[].statements[].id',
  'sections[].statements[].statement',
  'sections[].statements[].rating',
  'sections[].statements[].source',
  'legalRequirements[].statementId',
  'legalRequirements[].duty',
  'legalRequirements[].source',
  'legalRequirements[].state',
  'showcase.credit',
  'showcase.passages[].sectionId',
  'showcase.passages[].text',
] as const;

/** A school's URN (unique reference number) is six digits; a few older ones have seven. */
export const URN_PATTERN = /^\d{6,7}$/;

/** What the school chose on the share page. */
export interface ShareChoices {
  /** As typed; empty when not given. Not stored on the audit. */
  urn: string;
  /** The sections whose "what is working well" the school offers for the showcase. */
  showcaseSectionIds: readonly string[];
  credit: ShowcaseCredit;
}

export interface SummarySources {
  audit: Pick<Audit, 'id' | 'school' | 'date' | 'scope' | 'team'>;
  /** The toolkit as the audit sees it (a quick review's core statements only). */
  toolkit: Toolkit;
  /** The audit's ratings: its own, or its team's (agreed, or the median until agreed). */
  ratings: AuditRatings;
  reflections: readonly Pick<Reflection, 'domainId' | 'workingWell'>[];
  choices: ShareChoices;
  appVersion: string;
  now: Date;
}

/** The sections with something written under "what is working well": what the share page offers to tick. */
export function offeredPassages(toolkit: Toolkit, reflections: SummarySources['reflections']): ShowcasePassage[] {
  const byDomain = new Map(reflections.map((reflection) => [reflection.domainId, reflection.workingWell.trim()]));
  return toolkit.domains.flatMap((domain) => {
    const text = byDomain.get(domain.id) ?? '';
    return text === '' ? [] : [{ sectionId: domain.id, text }];
  });
}

export function describeFile(schoolName: string, appVersion: string): string {
  return (
    `A summary of a school self-evaluation that ${schoolName.trim() || 'the school'} chose to share with its local authority, made with Reflect ${appVersion}. ` +
    'It holds no names of people, no evidence notes and no one person’s answers.'
  );
}

function sourceOf(ratings: AuditRatings, indicatorId: string, rating: Rating): SummaryRatingSource {
  if (rating === null) return 'none';
  if (!ratings.team) return 'own';
  // A team's rating is the level it agreed, or the median standing in until then.
  return ratings.team.combined.indicators.find((spread) => spread.indicatorId === indicatorId)?.source === 'agreed' ? 'agreed' : 'median';
}

/** Throws only on a caller's mistake (a choice the share page would not offer), never on what a user typed. */
export function buildSchoolSummary({ audit, toolkit, ratings, reflections, choices, appVersion, now }: SummarySources): SchoolSummary {
  const urn = choices.urn.trim();
  if (urn !== '' && !URN_PATTERN.test(urn)) throw new Error(`"${urn}" is not a URN`);
  const offered = offeredPassages(toolkit, reflections);
  const ticked = new Set(choices.showcaseSectionIds);
  for (const sectionId of ticked) {
    if (!offered.some((passage) => passage.sectionId === sectionId)) throw new Error(`Section ${sectionId} has nothing written under what is working well`);
  }
  const { answers } = ratings;
  const scores = scoreAudit(toolkit, answers).domains;
  const legal = summariseLegalRequirements(toolkit, answers);
  return {
    format: SUMMARY_FORMAT,
    schemaVersion: SUMMARY_SCHEMA_VERSION,
    appVersion,
    createdAt: now.toISOString(),
    about: describeFile(audit.school, appVersion),
    school: { name: audit.school.trim(), urn: urn === '' ? null : urn },
    selfEvaluation: { id: audit.id, date: audit.date, scope: audit.scope ?? 'full', ratedBy: audit.team ? 'team' : 'one-person' },
    toolkit: { id: toolkit.id, version: toolkit.version, title: toolkit.title, levels: toolkit.scale.levels.map(({ value, label }) => ({ value, label })) },
    sections: toolkit.domains.map((domain, index) => {
      const score = scores[index]!;
      return {
        id: domain.id,
        title: domain.title,
        shortTitle: domain.shortTitle,
        score: score.score === null ? null : roundScore(score.score),
        rated: score.rated,
        total: score.total,
        statements: domain.indicators.map((indicator) => {
          const rating = answers[indicator.id]?.rating ?? null;
          return { id: indicator.id, statement: indicator.statement, rating, source: sourceOf(ratings, indicator.id, rating) };
        }),
      };
    }),
    legalRequirements: legal.requirements.map(({ indicator, duty, state }) => ({ statementId: indicator.id, duty: duty.duty, source: duty.source, state })),
    showcase: { credit: choices.credit, passages: offered.filter((passage) => ticked.has(passage.sectionId)) },
  };
}

/** Indented, so that a person can read it. */
export function serializeSummary(summary: SchoolSummary): string {
  return `${JSON.stringify(summary, null, 2)}\n`;
}

/** `oak-primary-attendance-summary-2026-11-25.json` */
export function summaryFileName(summary: Pick<SchoolSummary, 'school' | 'toolkit' | 'selfEvaluation'>): string {
  return `${toFileNamePart(summary.school.name).slice(0, 80) || 'school'}-${toFileNamePart(summary.toolkit.id)}-summary-${summary.selfEvaluation.date}.json`;
}
