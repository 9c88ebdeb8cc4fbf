/**
 * Findings by section, packed one after another (a section starts wherever
 * the last one ended, never on a half-empty page): the score and what it
 * rests on, what is working well, what would make it even better, then each
 * statement's rating with its evidence note ("How do we know?"). A section's
 * heading always has its score and first lines beneath it on the same page.
 */
import { EVIDENCE_LEAD, PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import type { PlanReport, PlanReportDomain, PlanReportIndicator } from '../../core/plan-report';
import { COLOUR, MARGIN, TYPE, contentWidth, currentPage, textHeight, writeHeading, writeText, type Pdf } from '../layout';
import { drawRowTable, type Paragraph, type Row, type RowTable } from '../rows';
import type { TextStyle } from '../text/font-book';
import { drawReflections, reflectionsStartHeight } from './reflections';

export const FINDINGS_TITLE = PLAN_SECTION_TITLES.findings;
export { EVIDENCE_LEAD };

const SECTION_HEADING = { size: 12, bold: true, color: COLOUR.brand } as const satisfies TextStyle;
const BODY = { size: 9 } as const satisfies TextStyle;
const STATEMENT = { size: 8 } as const satisfies TextStyle;
const EVIDENCE = { size: 7.5, color: COLOUR.text } as const satisfies TextStyle;
const RATING_WIDTH = 24;

const TEAM_RATING = { size: 7.5 } as const satisfies TextStyle;
const DISTRIBUTION = { size: 7, color: COLOUR.secondary } as const satisfies TextStyle;
/** GOV.UK's orange tag: dark text on a light fill, legible in black and white too. */
const DISAGREEMENT_TAG = { fill: '#fcd6c3', text: '#6e3619' } as const;

/** One person's rating, as before; for a team, the level that stands (and why), how many chose each level, and whether views differ. */
function ratingCell(report: PlanReport, indicator: PlanReportIndicator): Paragraph[] {
  const { team } = indicator;
  if (!team || !report.team) return [{ text: indicator.rating, style: { ...STATEMENT, bold: true } }];
  const bold = { ...TEAM_RATING, bold: true };
  return [
    team.reason ? { text: `— ${team.reason}`, style: TEAM_RATING, lead: { text: team.head, style: bold } } : { text: team.head, style: bold },
    { text: team.distribution, style: DISTRIBUTION, gapBefore: 0.6 },
    ...(team.isDisagreement ? [{ text: report.team.disagreementLabel, style: { ...DISTRIBUTION, bold: true, color: DISAGREEMENT_TAG.text }, tag: { fill: DISAGREEMENT_TAG.fill }, gapBefore: 0.8 }] : []),
  ];
}

/** Statement, evidence and rating: a team's rating says more, so its column is wider. */
function columnWidths(pdf: Pdf, report: PlanReport): number[] {
  const width = contentWidth(pdf);
  if (report.team) return report.includesEvidence ? [width * 0.4, width * 0.32, width * 0.28] : [width * 0.62, width * 0.38];
  const rest = width - RATING_WIDTH;
  // Statement, evidence and rating side by side: a row is as tall as the longer of the two texts, not both.
  return report.includesEvidence ? [rest * 0.54, rest * 0.46, RATING_WIDTH] : [rest, RATING_WIDTH];
}

function ratingsTable(pdf: Pdf, report: PlanReport, domain: PlanReportDomain, index: number): RowTable {
  const rows: Row[] = domain.indicators.map((indicator) => ({
    cells: [
      [{ text: indicator.statement, style: STATEMENT }],
      ...(report.includesEvidence ? [[{ text: indicator.evidence || 'No note written.', style: indicator.evidence ? EVIDENCE : { ...EVIDENCE, color: COLOUR.secondary } }]] : []),
      ratingCell(report, indicator),
    ],
  }));
  const ratingHead = report.team?.ratingColumn ?? 'Rating';
  return {
    columnWidths: columnWidths(pdf, report),
    head: report.includesEvidence ? ['Statement', EVIDENCE_LEAD, ratingHead] : ['Statement', ratingHead],
    rows,
    look: 'rules',
    fontSize: 7.5,
    lineSpacing: 1.2,
    continued: `${headingText(domain, index)} (continued)`,
  };
}

const scoreText = (domain: PlanReportDomain) => `${domain.isPriority ? 'Priority section. ' : ''}${domain.scoreLine}.`;
const SCORE_STYLE = { ...BODY, color: COLOUR.secondary };
const SCORE_GAP = 1.5;

const headingText = (domain: PlanReportDomain, index: number) => `${index + 1}. ${domain.title}`;

/** The score goes on the heading's line, at its right, when both fit there. */
function isScoreBesideHeading(pdf: Pdf, domain: PlanReportDomain, index: number): boolean {
  const { book } = pdf;
  return book.width(headingText(domain, index), SECTION_HEADING) + 8 + book.width(scoreText(domain), SCORE_STYLE) <= contentWidth(pdf);
}

/** What must share a page with a section's heading: its score and the first lines of its reflections. */
function afterHeadingHeight(pdf: Pdf, domain: PlanReportDomain, index: number): number {
  const score = isScoreBesideHeading(pdf, domain, index) ? 0 : textHeight(pdf, scoreText(domain), SCORE_STYLE, SCORE_GAP);
  return score + reflectionsStartHeight(pdf, domain);
}

function drawSection(pdf: Pdf, report: PlanReport, domain: PlanReportDomain, index: number): number {
  const beside = isScoreBesideHeading(pdf, domain, index);
  writeHeading(pdf, headingText(domain, index), SECTION_HEADING, afterHeadingHeight(pdf, domain, index));
  const page = currentPage(pdf);
  if (beside) {
    // On the heading's baseline (writeHeading has moved the cursor below it).
    const baseline = pdf.y - 2 - pdf.book.lineHeight(SECTION_HEADING.size) * 0.25;
    pdf.book.draw(scoreText(domain), MARGIN.side + contentWidth(pdf), baseline, SCORE_STYLE, { align: 'right' });
    pdf.y += 0.5;
  } else writeText(pdf, scoreText(domain), SCORE_STYLE, SCORE_GAP);
  drawReflections(pdf, domain);
  drawRowTable(pdf, ratingsTable(pdf, report, domain, index));
  pdf.y += 4;
  return page;
}

/** Returns the page the findings start on and the page of each section, for the contents and bookmarks. */
export function drawFindings(pdf: Pdf, report: PlanReport): { page: number; sections: number[] } {
  const about = report.includesEvidence
    ? `What the team found in each section: strengths first, then what would make it even better, then each statement’s rating with the evidence for it (“${EVIDENCE_LEAD}”).`
    : 'What the team found in each section: strengths first, then what would make it even better, then each statement’s rating. The evidence notes are left out of this copy.';
  const intro = report.team ? `${about} ${report.team.statementsIntro}` : about;
  const first = report.domains[0];
  writeHeading(pdf, FINDINGS_TITLE, TYPE.section, textHeight(pdf, intro, BODY, 4) + (first ? textHeight(pdf, headingText(first, 0), SECTION_HEADING, 2) + afterHeadingHeight(pdf, first, 0) : 0));
  const page = currentPage(pdf);
  writeText(pdf, intro, BODY, 4);
  return { page, sections: report.domains.map((domain, index) => drawSection(pdf, report, domain, index)) };
}
