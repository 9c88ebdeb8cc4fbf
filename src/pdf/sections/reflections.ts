/**
 * A section's reflections side by side, as the team wrote them: what is
 * working well (green rule) beside what would make it even better (blue
 * rule). Side by side, the pair takes the height of the longer one.
 */
import type { PlanReportDomain } from '../../core/plan-report';
import { COLOUR, MARGIN, contentWidth, ensureSpace, newPage, pageBottom, type Pdf } from '../layout';
import type { TextStyle } from '../text/font-book';

export const REFLECTION_TITLES = { workingWell: 'What is working well:', evenBetterIf: 'Even better if:' } as const;

const STYLE = { size: 9 } as const satisfies TextStyle;
const TITLE_STYLE = { ...STYLE, bold: true } as const;
const GUTTER = 6;
const RULE_GAP = 3.2;

interface Column {
  title: string;
  lines: string[];
  style: TextStyle;
  rule: string;
  x: number;
}

function columnWidth(pdf: Pdf): number {
  return (contentWidth(pdf) - GUTTER) / 2 - RULE_GAP;
}

function columns(pdf: Pdf, domain: PlanReportDomain): Column[] {
  const width = columnWidth(pdf);
  const column = (title: string, text: string, rule: string, x: number): Column => ({
    title,
    lines: pdf.book.wrap(text || 'Nothing written yet.', width, STYLE, width - pdf.book.width(`${title} `, TITLE_STYLE)),
    style: text ? STYLE : { ...STYLE, color: COLOUR.secondary },
    rule,
    x,
  });
  return [
    column(REFLECTION_TITLES.workingWell, domain.workingWell, COLOUR.green, MARGIN.side),
    column(REFLECTION_TITLES.evenBetterIf, domain.evenBetterIf, COLOUR.blue, MARGIN.side + (contentWidth(pdf) + GUTTER) / 2),
  ];
}

/** The height of the first lines, which must stay with the section's heading. */
export function reflectionsStartHeight(pdf: Pdf, domain: PlanReportDomain): number {
  return Math.min(2, ...columns(pdf, domain).map((column) => column.lines.length)) * pdf.book.lineHeight(STYLE.size);
}

/**
 * Page by page, the left column's lines and then the right's, so that each
 * reflection is written as one run of text (a reader that copies it, or
 * reads it aloud, gets the paragraph whole, not the two interleaved).
 */
export function drawReflections(pdf: Pdf, domain: PlanReportDomain): void {
  const { doc, book } = pdf;
  const step = book.lineHeight(STYLE.size);
  const pair = columns(pdf, domain);
  const rows = Math.max(...pair.map((column) => column.lines.length));
  // Two lines at least stay together (or the whole of a short pair).
  ensureSpace(pdf, Math.min(rows, 2) * step);
  for (let start = 0; start < rows; ) {
    const count = Math.max(1, Math.min(rows - start, Math.floor((pageBottom(pdf) - pdf.y) / step)));
    for (const column of pair) {
      column.lines.slice(start, start + count).forEach((line, offset) => {
        const top = pdf.y + offset * step;
        doc.setFillColor(column.rule).rect(column.x, top, 1.2, step, 'F');
        let x = column.x + RULE_GAP;
        if (start + offset === 0) {
          book.draw(column.title, x, top + step * 0.78, TITLE_STYLE);
          x += book.width(`${column.title} `, TITLE_STYLE);
        }
        book.draw(line, x, top + step * 0.78, column.style, { maxWidth: columnWidth(pdf) - (x - column.x - RULE_GAP) });
      });
    }
    pdf.y += count * step;
    start += count;
    if (start < rows) newPage(pdf);
  }
  pdf.y += 2;
}
