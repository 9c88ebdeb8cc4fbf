/**
 * A school's summary in words: what the share page shows before the file is
 * made, and what the council sees when it opens one school's summary. Every
 * value the file holds is here but the ids, which the page shows with the
 * file's own text; a test checks that nothing else is left out.
 */
import { NOT_APPLICABLE } from './audit';
import { formatDate, formatDateTime } from './format-date';
import { LEGAL_STATE_LABELS, type LegalRequirementState } from './legal-requirements';
import { ratingLabel } from './rating-label';
import type { SchoolSummary, ShowcaseCredit, SummaryRatingSource } from './school-summary';
import { describeBasisAlone } from './score-basis';
import { formatScore, levelNameForScore } from './score-display';

export interface PreviewFact {
  key: string;
  value: string;
}

export interface PreviewStatement {
  statement: string;
  /** "3 Developing", "Not applicable" or "Not answered". */
  ratingText: string;
  /** "Agreed by the team", "The team’s median, not yet agreed", or empty for one person's rating. */
  sourceText: string;
}

export interface PreviewSection {
  title: string;
  shortTitle: string;
  /** "2.5 (Developing)" or "Not rated". */
  scoreText: string;
  basisText: string;
  statements: PreviewStatement[];
}

export interface PreviewLegal {
  duty: string;
  source: string;
  sectionTitle: string;
  stateText: string;
  state: LegalRequirementState;
}

export interface SummaryPreview {
  about: string;
  facts: PreviewFact[];
  sections: PreviewSection[];
  /** "Legal requirements: 5 of 7 met", or null when the toolkit has none. */
  legalLine: string | null;
  legal: PreviewLegal[];
  creditText: string;
  passages: { sectionTitle: string; text: string }[];
}

export const SOURCE_TEXT: Record<SummaryRatingSource, string> = {
  own: '',
  agreed: 'Agreed by the team',
  median: 'The team’s median, not yet agreed',
  none: '',
};

export const CREDIT_TEXT: Record<ShowcaseCredit, string> = {
  named: 'The booklet names the school beside its passages.',
  unnamed: 'The booklet does not name the school: its passages appear as “a school in the borough”.',
};

export function describeScore(summary: Pick<SchoolSummary, 'toolkit'>, score: number | null): string {
  const level = levelNameForScore(summary.toolkit.levels, score);
  return level ? `${formatScore(score)} (${level})` : formatScore(score);
}

export function describeSummary(summary: SchoolSummary): SummaryPreview {
  const { levels } = summary.toolkit;
  const sectionOf = new Map(summary.sections.flatMap((section) => section.statements.map((statement) => [statement.id, section.title])));
  const applicable = summary.legalRequirements.filter((requirement) => requirement.state !== 'not-applicable');
  const met = applicable.filter((requirement) => requirement.state === 'met').length;
  return {
    about: summary.about,
    facts: [
      { key: 'School', value: summary.school.name },
      { key: 'URN', value: summary.school.urn ?? 'Not given' },
      { key: 'Toolkit', value: `${summary.toolkit.title}, version ${summary.toolkit.version}` },
      { key: 'Toolkit id', value: summary.toolkit.id },
      { key: 'Date of the self-evaluation', value: formatDate(summary.selfEvaluation.date) },
      { key: 'Review', value: summary.selfEvaluation.scope === 'quick' ? 'Quick review: core statements only' : 'Full review: every statement' },
      {
        key: 'Rated by',
        value: summary.selfEvaluation.ratedBy === 'team' ? 'A team: the level the team agreed, or its median until agreed' : 'One person',
      },
      { key: 'Scale', value: levels.map((level) => `${level.value} ${level.label}`).join(', ') },
      { key: 'File made', value: `${formatDateTime(Date.parse(summary.createdAt))}, with Reflect ${summary.appVersion}` },
      { key: 'Reference', value: summary.selfEvaluation.id },
    ],
    sections: summary.sections.map((section) => ({
      title: section.title,
      shortTitle: section.shortTitle,
      scoreText: describeScore(summary, section.score),
      basisText: describeBasisAlone({
        rated: section.rated,
        notApplicable: section.statements.filter((statement) => statement.rating === NOT_APPLICABLE).length,
        total: section.total,
      }),
      statements: section.statements.map((statement) => ({
        statement: statement.statement,
        ratingText: typeof statement.rating === 'number' ? `${statement.rating} ${ratingLabel(levels, statement.rating)}` : ratingLabel(levels, statement.rating),
        sourceText: SOURCE_TEXT[statement.source],
      })),
    })),
    legalLine: summary.legalRequirements.length === 0 ? null : `Legal requirements: ${met} of ${applicable.length} met`,
    legal: summary.legalRequirements.map((requirement) => ({
      duty: requirement.duty,
      source: requirement.source,
      sectionTitle: sectionOf.get(requirement.statementId) ?? '',
      stateText: LEGAL_STATE_LABELS[requirement.state],
      state: requirement.state,
    })),
    creditText: CREDIT_TEXT[summary.showcase.credit],
    passages: summary.showcase.passages.map((passage) => ({
      sectionTitle: summary.sections.find((section) => section.id === passage.sectionId)?.title ?? '',
      text: passage.text,
    })),
  };
}
