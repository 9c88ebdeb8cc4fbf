/** Page 1: whose plan this is, from which self-evaluation, and who took part. */
import { coverDetails, type PlanReport } from '../../core/plan-report';
import { COLOUR, MARGIN, TYPE, contentWidth, currentPage, ensureSpace, pageWidth, type Pdf } from '../layout';
import type { FontBook, TextStyle } from '../text/font-book';
import { describeCharacters } from '../text/describe-characters';
import { drawPartialNote } from './partial-note';

/** The band is at least this tall, and grows with a long toolkit title. */
const BAND_HEIGHT = 92;
/** The school's name in the band: as large as fits in three lines. */
const SCHOOL_SIZES = [TYPE.title.size, 20, 16] as const;
const SCHOOL_LINES = 3;
const TOOLKIT_STYLE = { size: 15 } as const;
const TOOLKIT_LINES = 3;
const LABEL_WIDTH = 52;

interface BandText {
  lines: string[];
  style: TextStyle;
  /** Whether the band could not hold the text whole, so the details below must give it in full. */
  isShortened: boolean;
}

/** Text for the band in the largest size that fits in maxLines; if none does, cut visibly (ending "…") at the smallest. */
function fitBand(book: FontBook, text: string, width: number, sizes: readonly number[], maxLines: number, bold: boolean): BandText {
  for (const size of sizes) {
    const style = { size, bold };
    const lines = book.wrap(text, width, style);
    if (lines.length <= maxLines) return { lines, style, isShortened: false };
  }
  const style = { size: sizes.at(-1)!, bold };
  const lines = book.wrap(text, width, style);
  const kept = lines.slice(0, maxLines - 1);
  return { lines: [...kept, book.fitLine(lines.slice(maxLines - 1).join(' '), width, style)], style, isShortened: true };
}

/** A label and its value, wrapped as many lines as the value needs, going on to a new page if it must. */
function drawDetail(pdf: Pdf, label: string, value: string): void {
  const { doc, book } = pdf;
  const width = contentWidth(pdf);
  const step = book.lineHeight(TYPE.body.size);
  const lines = book.wrap(value, width - LABEL_WIDTH, TYPE.body);
  ensureSpace(pdf, step);
  book.draw(label, MARGIN.side, pdf.y + step * 0.75, { ...TYPE.body, bold: true });
  for (const line of lines) {
    ensureSpace(pdf, step);
    book.draw(line, MARGIN.side + LABEL_WIDTH, pdf.y + step * 0.75, TYPE.body, { maxWidth: width - LABEL_WIDTH });
    pdf.y += step;
  }
  pdf.y += 2.5;
  doc.setDrawColor(COLOUR.border).setLineWidth(0.2).line(MARGIN.side, pdf.y - 1.2, MARGIN.side + width, pdf.y - 1.2);
}

export function drawCover(pdf: Pdf, report: PlanReport, createdOn: string): void {
  const { doc, book } = pdf;
  const width = contentWidth(pdf);
  const school = fitBand(book, report.school, width, SCHOOL_SIZES, SCHOOL_LINES, true);
  const toolkit = fitBand(book, report.toolkitTitle, width, [TOOLKIT_STYLE.size], TOOLKIT_LINES, false);
  const textBottom =
    36 + school.lines.length * book.lineHeight(school.style.size) + 4 + toolkit.lines.length * book.lineHeight(TOOLKIT_STYLE.size);
  const bandHeight = Math.max(BAND_HEIGHT, textBottom + 12);
  doc.setFillColor(COLOUR.brand).rect(0, 0, pageWidth(pdf), bandHeight, 'F');
  doc.setFillColor(COLOUR.blue).rect(0, bandHeight, pageWidth(pdf), 3, 'F');

  let y = 30;
  book.draw('DEVELOPMENT PLAN', MARGIN.side, y, { size: 10, bold: true, color: '#ffffff' });
  y += 6;
  for (const line of school.lines) {
    y += book.lineHeight(school.style.size);
    book.draw(line, MARGIN.side, y - 2, { ...school.style, color: '#ffffff' }, { maxWidth: width });
  }
  y += 4;
  for (const line of toolkit.lines) {
    y += book.lineHeight(TOOLKIT_STYLE.size);
    book.draw(line, MARGIN.side, y - 1, { ...TOOLKIT_STYLE, color: '#ffffff' }, { maxWidth: width });
  }

  pdf.y = bandHeight + 14;
  const details: [string, string][] = [
    // A name too long for the band is shortened there, and given here whole.
    ...(school.isShortened ? [['School', report.school] as [string, string]] : []),
    ...coverDetails(report),
    ['PDF created', createdOn],
  ];
  for (const [label, value] of details) drawDetail(pdf, label, value);
  pdf.y += 2;
  drawPartialNote(pdf, report);
}

/** Where the contents start on the cover, below the details (lower still when the details run long). */
const CONTENTS_TOP = 190;

/**
 * Keeps room on the cover for the contents, which are drawn once every
 * section knows its page; returns where they go. A cover whose details ran
 * long puts them on the next page rather than over the details.
 */
export function reserveContents(pdf: Pdf, entryCount: number): { page: number; y: number } {
  pdf.y = Math.max(pdf.y, CONTENTS_TOP);
  ensureSpace(pdf, 15 + entryCount * (pdf.book.lineHeight(TYPE.body.size) + 1));
  return { page: currentPage(pdf), y: pdf.y };
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
