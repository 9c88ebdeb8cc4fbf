/** Page 1: whose plan this is, from which self-evaluation, and who took part. */
import type { PlanReport } from '../../core/plan-report';
import { NOT_RATED } from '../../core/rating-label';
import { COLOUR, MARGIN, TYPE, contentWidth, pageWidth, type Pdf } from '../layout';
import { describeCharacters } from '../text/describe-characters';

const BAND_HEIGHT = 92;

export function drawCover(pdf: Pdf, report: PlanReport, createdOn: string): void {
  const { doc, book } = pdf;
  const width = contentWidth(pdf);
  doc.setFillColor(COLOUR.brand).rect(0, 0, pageWidth(pdf), BAND_HEIGHT, 'F');
  doc.setFillColor(COLOUR.blue).rect(0, BAND_HEIGHT, pageWidth(pdf), 3, 'F');

  let y = 30;
  book.draw('DEVELOPMENT PLAN', MARGIN.side, y, { size: 10, bold: true, color: '#ffffff' });
  y += 6;
  for (const line of book.wrap(report.school, width, TYPE.title).slice(0, 3)) {
    y += book.lineHeight(TYPE.title.size);
    book.draw(line, MARGIN.side, y - 2, { ...TYPE.title, color: '#ffffff' }, { maxWidth: width });
  }
  y += 4;
  for (const line of book.wrap(report.toolkitTitle, width, { size: 15 })) {
    y += book.lineHeight(15);
    book.draw(line, MARGIN.side, y - 1, { size: 15, color: '#ffffff' }, { maxWidth: width });
  }

  pdf.y = BAND_HEIGHT + 14;
  const details: [string, string][] = [
    ['Self-evaluation', report.auditTitle],
    ['Date of the self-evaluation', report.dateText],
    ['Toolkit', `${report.toolkitTitle}, version ${report.toolkitVersion}`],
    ['Who took part', report.participants || 'Not recorded'],
    ['Overall score', report.overall === NOT_RATED ? report.overall : `${report.overall} out of ${Math.max(...report.levels.map((level) => level.value))}`],
    ['Priority domains', report.priorityTitles.join('; ') || 'None chosen'],
    ['Actions in the plan', String(report.actionCount)],
    ['Next review', report.reviews[0] ? [report.reviews[0].when, report.reviews[0].who].filter(Boolean).join(', ') : 'Not set'],
    ['PDF created', createdOn],
  ];
  const labelWidth = 52;
  for (const [label, value] of details) {
    const lines = book.wrap(value, width - labelWidth, TYPE.body);
    const step = book.lineHeight(TYPE.body.size);
    book.draw(label, MARGIN.side, pdf.y + step * 0.75, { ...TYPE.body, bold: true });
    lines.forEach((line, index) => book.draw(line, MARGIN.side + labelWidth, pdf.y + step * (0.75 + index), TYPE.body, { maxWidth: width - labelWidth }));
    pdf.y += Math.max(1, lines.length) * step + 2.5;
    doc.setDrawColor(COLOUR.border).setLineWidth(0.2).line(MARGIN.side, pdf.y - 1.2, MARGIN.side + width, pdf.y - 1.2);
  }
}

/** Contents with page numbers, drawn on the cover once every section has been laid out. */
export function drawContents(pdf: Pdf, entries: readonly { title: string; page: number }[]): void {
  const { book } = pdf;
  const width = contentWidth(pdf);
  let y = pdf.y + 8;
  book.draw('Contents', MARGIN.side, y, TYPE.heading);
  y += 7;
  for (const entry of entries) {
    book.draw(entry.title, MARGIN.side, y, TYPE.body, { maxWidth: width - 20 });
    book.draw(String(entry.page), MARGIN.side + width, y, TYPE.body, { align: 'right' });
    y += book.lineHeight(TYPE.body.size) + 1;
  }
  pdf.y = y;
}

/** Said plainly on the cover, so nobody mistakes a missing name for a blank one. */
export function drawMissingCharacters(pdf: Pdf, missing: readonly string[], failedFonts: boolean): void {
  if (missing.length === 0) return;
  const { doc, book } = pdf;
  const width = contentWidth(pdf);
  const listed = describeCharacters(missing);
  const text = [
    `Some characters could not be shown in this PDF and appear as \uFFFD: ${listed}.`,
    failedFonts ? 'The font for some of them could not be fetched: export again once this device is online.' : 'This PDF has no font for them.',
    'The printable web page of the plan shows every character your browser can display.',
  ].join(' ');
  const lines = book.wrap(text, width - 8, TYPE.body);
  const height = lines.length * book.lineHeight(TYPE.body.size) + 8;
  const top = Math.max(pdf.y + 6, doc.internal.pageSize.getHeight() - MARGIN.bottom - 14 - height);
  doc.setFillColor('#fff7bf').setDrawColor('#b58800').setLineWidth(0.4).rect(MARGIN.side, top, width, height, 'FD');
  lines.forEach((line, index) => book.draw(line, MARGIN.side + 4, top + 4 + book.lineHeight(TYPE.body.size) * (index + 0.75), TYPE.body));
}
