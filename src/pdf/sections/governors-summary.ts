/**
 * The sections of the governors' summary, drawn down one page: the band
 * with the school's name, actions by status as a row of boxes, then what
 * changed, what is overdue, the legal requirements not yet met and the
 * next progress check. The model caps every list, so all of it fits.
 */
import { GOVERNORS_SECTION_TITLES as TITLES, GOVERNORS_SUMMARY_TITLE, type CappedList, type GovernorsSummary } from '../../core/governors-summary';
import { COLOUR, MARGIN, contentWidth, pageWidth, writeText, type Pdf } from '../layout';
import { drawRowTable, type RowTable } from '../rows';

export const OVERDUE_COLUMNS = ['No.', 'Action', 'Lead', 'Target date'];

const HEADING = { size: 11, bold: true, color: COLOUR.brand } as const;
const BODY = { size: 9 } as const;
const CELL = { size: 8 } as const;
const SECONDARY = { size: 8, color: COLOUR.secondary } as const;

/** The band across the top: what this is, whose, from which toolkit. */
export function drawBand(pdf: Pdf, summary: GovernorsSummary): void {
  const { doc, book } = pdf;
  const width = contentWidth(pdf);
  const school = { size: 16, bold: true, color: '#ffffff' };
  const lines = book.wrap(summary.school, width, school).slice(0, 2);
  const height = 19 + lines.length * book.lineHeight(school.size);
  doc.setFillColor(COLOUR.brand).rect(0, 0, pageWidth(pdf), height, 'F');
  doc.setFillColor(COLOUR.blue).rect(0, height, pageWidth(pdf), 1.5, 'F');
  book.draw(GOVERNORS_SUMMARY_TITLE.toUpperCase(), MARGIN.side, 9, { size: 9, bold: true, color: '#ffffff' });
  lines.forEach((line, index) => book.draw(book.fitLine(line, width, school), MARGIN.side, 9 + book.lineHeight(school.size) * (index + 1), school, { maxWidth: width }));
  book.draw(book.fitLine(summary.toolkitTitle, width, { size: 10, color: '#ffffff' }), MARGIN.side, height - 4, { size: 10, color: '#ffffff' }, { maxWidth: width });
  pdf.y = height + 5;
  writeText(pdf, `The development plan from the self-evaluation “${summary.auditTitle}”, as it stands on ${summary.dateText}.`, BODY, 2);
}

function heading(pdf: Pdf, text: string): void {
  pdf.y += 2;
  writeText(pdf, text, HEADING, 0.5);
}

/** One box per status and one for the total: the count large, its label beneath. */
export function drawCounts(pdf: Pdf, summary: GovernorsSummary): void {
  const { doc, book } = pdf;
  heading(pdf, TITLES.counts);
  const boxes = [...summary.counts.map(({ label, count }) => ({ label, count })), { label: summary.total === 1 ? 'action in all' : 'actions in all', count: summary.total }];
  const gap = 3;
  const width = (contentWidth(pdf) - gap * (boxes.length - 1)) / boxes.length;
  const height = 12;
  boxes.forEach((box, index) => {
    const x = MARGIN.side + index * (width + gap);
    doc.setFillColor(COLOUR.panel).rect(x, pdf.y, width, height, 'F');
    doc.setFillColor(index === boxes.length - 1 ? COLOUR.text : COLOUR.blue).rect(x, pdf.y, 1.2, height, 'F');
    book.draw(String(box.count), x + 4, pdf.y + 6, { size: 14, bold: true });
    book.draw(book.fitLine(box.label, width - 5, BODY), x + 4, pdf.y + 10, BODY, { maxWidth: width - 5 });
  });
  pdf.y += height + 2;
}

function more(pdf: Pdf, list: CappedList<unknown>): void {
  if (list.more > 0) writeText(pdf, `${list.moreText}: see the development plan.`, SECONDARY, 1);
}

export function drawChanges(pdf: Pdf, summary: GovernorsSummary): void {
  heading(pdf, TITLES.changes);
  writeText(pdf, summary.changesIntro, BODY, 1);
  if (summary.changes.shown.length === 0) return;
  const width = contentWidth(pdf);
  const table: RowTable = {
    columnWidths: [width * 0.64, width * 0.36],
    head: [],
    rows: summary.changes.shown.map((change) => ({ cells: [[{ text: change.text, style: { ...CELL, bold: true } }], [{ text: change.action, style: SECONDARY }]] })),
    look: 'rules',
    fontSize: CELL.size,
    lineSpacing: 1.2,
  };
  drawRowTable(pdf, table);
  pdf.y += 1;
  more(pdf, summary.changes);
}

export function drawOverdue(pdf: Pdf, summary: GovernorsSummary): void {
  heading(pdf, TITLES.overdue);
  writeText(pdf, summary.overdueIntro, BODY, 1);
  if (summary.overdue.shown.length === 0) return;
  const width = contentWidth(pdf);
  const table: RowTable = {
    columnWidths: [12, width - 12 - 52 - 30, 52, 30],
    head: OVERDUE_COLUMNS,
    rows: summary.overdue.shown.map((action) => ({
      cells: [[{ text: String(action.number), style: CELL }], [{ text: action.action, style: CELL }], [{ text: action.lead, style: CELL }], [{ text: action.targetDate, style: CELL }]],
    })),
    look: 'grid',
    fontSize: CELL.size,
    lineSpacing: 1.2,
  };
  drawRowTable(pdf, table);
  pdf.y += 1;
  more(pdf, summary.overdue);
}

export function drawLegal(pdf: Pdf, summary: GovernorsSummary): void {
  const { legal } = summary;
  if (!legal) return;
  heading(pdf, TITLES.legal);
  writeText(pdf, legal.intro, BODY, 1);
  if (legal.notMet.shown.length > 0) {
    const width = contentWidth(pdf);
    drawRowTable(pdf, {
      columnWidths: [width * 0.68, width * 0.32],
      head: [],
      rows: legal.notMet.shown.map((duty) => ({ cells: [[{ text: duty.duty, style: CELL }], [{ text: duty.section, style: SECONDARY }]] })),
      look: 'rules',
      fontSize: CELL.size,
      lineSpacing: 1.2,
    });
    pdf.y += 1;
  }
  more(pdf, legal.notMet);
}

export function drawNextCheck(pdf: Pdf, summary: GovernorsSummary): void {
  heading(pdf, TITLES.nextCheck);
  writeText(pdf, summary.nextCheck, BODY, 0);
}
