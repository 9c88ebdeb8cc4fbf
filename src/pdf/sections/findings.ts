/**
 * Findings by section, packed one after another (a section starts wherever
 * the last one ended, never on a half-empty page): the score and what it
 * rests on, what is working well, what would make it even better, then each
 * statement's rating with its evidence note ("How do we know?"). A section's
 * heading always has its score and first lines beneath it on the same page.
 */
import type { PlanReport, PlanReportDomain } from '../../core/plan-report';
import { COLOUR, MARGIN, TYPE, contentWidth, currentPage, textHeight, writeHeading, writeText, type Pdf } from '../layout';
import { drawRowTable, type Row, type RowTable } from '../rows';
import type { TextStyle } from '../text/font-book';
import { drawReflections, reflectionsStartHeight } from './reflections';

export const FINDINGS_TITLE = 'Findings by section';
export const EVIDENCE_LEAD = 'How do we know?';

const SECTION_HEADING = { size: 12, bold: true, color: COLOUR.brand } as const satisfies TextStyle;
const BODY = { size: 9 } as const satisfies TextStyle;
const STATEMENT = { size: 8 } as const satisfies TextStyle;
const EVIDENCE = { size: 7.5, color: COLOUR.text } as const satisfies TextStyle;
const RATING_WIDTH = 24;

function ratingsTable(pdf: Pdf, report: PlanReport, domain: PlanReportDomain, index: number): RowTable {
  const width = contentWidth(pdf) - RATING_WIDTH;
  // Statement, evidence and rating side by side: a row is as tall as the longer of the two texts, not both.
  const [statementWidth, evidenceWidth] = report.includesEvidence ? [width * 0.54, width * 0.46] : [width, 0];
  const rows: Row[] = domain.indicators.map((indicator) => ({
    cells: [
      [{ text: indicator.statement, style: STATEMENT }],
      ...(report.includesEvidence ? [[{ text: indicator.evidence || 'No note written.', style: indicator.evidence ? EVIDENCE : { ...EVIDENCE, color: COLOUR.secondary } }]] : []),
      [{ text: indicator.rating, style: { ...STATEMENT, bold: true } }],
    ],
  }));
  return {
    columnWidths: report.includesEvidence ? [statementWidth, evidenceWidth, RATING_WIDTH] : [statementWidth, RATING_WIDTH],
    head: report.includesEvidence ? ['Statement', EVIDENCE_LEAD, 'Rating'] : ['Statement', 'Rating'],
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
  const intro = report.includesEvidence
    ? `What the team found in each section: strengths first, then what would make it even better, then each statement’s rating with the evidence for it (“${EVIDENCE_LEAD}”).`
    : 'What the team found in each section: strengths first, then what would make it even better, then each statement’s rating. The evidence notes are left out of this copy.';
  const first = report.domains[0];
  writeHeading(pdf, FINDINGS_TITLE, TYPE.section, textHeight(pdf, intro, BODY, 4) + (first ? textHeight(pdf, headingText(first, 0), SECTION_HEADING, 2) + afterHeadingHeight(pdf, first, 0) : 0));
  const page = currentPage(pdf);
  writeText(pdf, intro, BODY, 4);
  return { page, sections: report.domains.map((domain, index) => drawSection(pdf, report, domain, index)) };
}
