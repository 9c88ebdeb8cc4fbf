/**
 * The frame of a short report PDF (the borough roll-up, the showcase
 * booklet): an A4 document with the fonts its text needs, then page footers,
 * title, author and language, and the bytes. The development plan has its
 * own, richer frame (render-development-plan.ts).
 */
import { newDocument } from './new-document';
import { fixCidOrdering } from './fix-cid-ordering';
import { loadFonts } from './fonts/load-fonts';
import { COLOUR, MARGIN, type Pdf } from './layout';
import { ELLIPSIS, FontBook } from './text/font-book';

/** Every string in a value, so that the fonts for all of them are loaded first. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(textOf).join('\n');
  return '';
}

/** `text`: everything the document will draw, its own headings included. */
export async function startDocument(text: string): Promise<Pdf> {
  const doc = newDocument();
  const fonts = await loadFonts(doc, `${text}\n\u2013\u2019\u201c\u201d\uFFFD${ELLIPSIS}`);
  return { doc, book: new FontBook(doc, fonts.faces), y: MARGIN.top };
}

export interface DocumentInfo {
  title: string;
  subject: string;
  author: string;
  /** The running footer's left-hand words, shortened to one line. */
  footer: string;
}

export function finishDocument(pdf: Pdf, info: DocumentInfo): Blob {
  const { doc, book } = pdf;
  const total = doc.getNumberOfPages();
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    const width = doc.internal.pageSize.getWidth();
    const y = doc.internal.pageSize.getHeight() - MARGIN.bottom + 6;
    doc.setDrawColor(COLOUR.border).setLineWidth(0.2).line(MARGIN.side, y - 4.5, width - MARGIN.side, y - 4.5);
    const room = width - 2 * MARGIN.side - 30;
    book.draw(book.fitLine(info.footer, room, { size: 8 }), MARGIN.side, y, { size: 8, color: COLOUR.secondary }, { maxWidth: room });
    book.draw(`Page ${page} of ${total}`, width - MARGIN.side, y, { size: 8, color: COLOUR.secondary }, { align: 'right' });
  }
  doc.setProperties({ title: info.title, subject: info.subject, author: info.author, creator: 'Reflect' });
  doc.setLanguage('en-GB');
  doc.viewerPreferences({ DisplayDocTitle: true });
  const bytes = fixCidOrdering(new Uint8Array(doc.output('arraybuffer')));
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
}
