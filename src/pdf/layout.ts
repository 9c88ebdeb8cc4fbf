/** Page geometry, colours and the flowing cursor shared by every section of the PDF. */
import type { jsPDF } from 'jspdf';
import type { FontBook, TextStyle } from './text/font-book';

export interface Pdf {
  doc: jsPDF;
  book: FontBook;
  /** Where the next block starts on the current page, in mm from the top. */
  y: number;
}

export const MARGIN = { top: 16, bottom: 14, side: 16 } as const;
/** Space kept clear at the foot of every page for the running footer. */
export const FOOTER_SPACE = 12;

export const COLOUR = {
  text: '#0b0c0c',
  secondary: '#505a5f',
  brand: '#1d3f5e',
  blue: '#1d70b8',
  green: '#00703c',
  border: '#b1b4b6',
  panel: '#f3f2f1',
} as const;

export const TYPE = {
  title: { size: 26, bold: true },
  section: { size: 18, bold: true },
  heading: { size: 13, bold: true },
  body: { size: 10 },
  small: { size: 8.5, color: COLOUR.secondary },
} as const satisfies Record<string, TextStyle>;

export function pageWidth(pdf: Pdf): number {
  return pdf.doc.internal.pageSize.getWidth();
}

export function pageBottom(pdf: Pdf): number {
  return pdf.doc.internal.pageSize.getHeight() - MARGIN.bottom - FOOTER_SPACE;
}

export function contentWidth(pdf: Pdf): number {
  return pageWidth(pdf) - 2 * MARGIN.side;
}

export function newPage(pdf: Pdf, orientation?: 'portrait' | 'landscape'): void {
  if (orientation) pdf.doc.addPage('a4', orientation);
  else pdf.doc.addPage();
  pdf.y = MARGIN.top;
}

/** Starts a new page unless the next `height` mm fit on this one (keeps a heading with what follows). */
export function ensureSpace(pdf: Pdf, height: number): void {
  if (pdf.y + height > pageBottom(pdf)) newPage(pdf);
}

export function currentPage(pdf: Pdf): number {
  return pdf.doc.getCurrentPageInfo().pageNumber;
}

/** The height writeText will take for this text, gap included: for keeping a heading with what follows it. */
export function textHeight(pdf: Pdf, text: string, style: TextStyle = TYPE.body, gapAfter = 3): number {
  return pdf.book.wrap(text, contentWidth(pdf), style).length * pdf.book.lineHeight(style.size) + gapAfter;
}

/** Wrapped text at the cursor; moves the cursor below it. */
export function writeText(pdf: Pdf, text: string, style: TextStyle = TYPE.body, gapAfter = 3): void {
  const width = contentWidth(pdf);
  for (const line of pdf.book.wrap(text, width, style)) {
    const step = pdf.book.lineHeight(style.size);
    ensureSpace(pdf, step);
    pdf.book.draw(line, MARGIN.side, pdf.y + step * 0.75, style, { maxWidth: width });
    pdf.y += step;
  }
  pdf.y += gapAfter;
}

/** A section or sub-heading, never left alone at the foot of a page: `keepWith` is the height of what must follow it on the same page. */
export function writeHeading(pdf: Pdf, text: string, style: TextStyle, keepWith = 30): void {
  ensureSpace(pdf, textHeight(pdf, text, style, 2) + keepWith);
  writeText(pdf, text, style, 2);
}
