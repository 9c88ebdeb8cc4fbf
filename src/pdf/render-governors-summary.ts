/**
 * The governors' summary as a one-page PDF, from the same model as its web
 * page. Loaded only when someone downloads it, as the plan's PDF is; it
 * shares that PDF's fonts, page geometry and tables.
 */
import { newDocument } from './new-document';
import { GOVERNORS_SECTION_TITLES, GOVERNORS_SUMMARY_TITLE, type GovernorsSummary } from '../core/governors-summary';
import { fixCidOrdering } from './fix-cid-ordering';
import { loadFonts } from './fonts/load-fonts';
import { COLOUR, MARGIN, type Pdf } from './layout';
import { OVERDUE_COLUMNS, drawBand, drawChanges, drawCounts, drawLegal, drawNextCheck, drawOverdue } from './sections/governors-summary';
import { ELLIPSIS, FontBook } from './text/font-book';
import { textOf } from './text/text-of';

export interface RenderedSummary {
  pdf: Blob;
  /** Characters no font in the PDF could show (each drawn as U+FFFD). */
  missing: string[];
}

/** Words the PDF draws itself, so that their fonts are loaded too. */
const FURNITURE = [GOVERNORS_SUMMARY_TITLE.toUpperCase(), ...Object.values(GOVERNORS_SECTION_TITLES), ...OVERDUE_COLUMNS, '\u2013\u2019\u201c\u201d\uFFFD', ELLIPSIS].join(' ');

function drawFooter(pdf: Pdf, summary: GovernorsSummary): void {
  const { doc, book } = pdf;
  const total = doc.getNumberOfPages();
  const left = `${summary.school}: ${GOVERNORS_SUMMARY_TITLE.toLowerCase()}, ${summary.dateText}`;
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    const width = doc.internal.pageSize.getWidth();
    const y = doc.internal.pageSize.getHeight() - MARGIN.bottom + 6;
    doc.setDrawColor(COLOUR.border).setLineWidth(0.2).line(MARGIN.side, y - 4.5, width - MARGIN.side, y - 4.5);
    const room = width - 2 * MARGIN.side - 30;
    book.draw(book.fitLine(left, room, { size: 8 }), MARGIN.side, y, { size: 8, color: COLOUR.secondary }, { maxWidth: room });
    book.draw(`Page ${page} of ${total}`, width - MARGIN.side, y, { size: 8, color: COLOUR.secondary }, { align: 'right' });
  }
}

export async function renderGovernorsSummary(summary: GovernorsSummary): Promise<RenderedSummary> {
  const doc = newDocument();
  const fonts = await loadFonts(doc, `${textOf(summary)}\n${FURNITURE}`);
  const pdf: Pdf = { doc, book: new FontBook(doc, fonts.faces), y: MARGIN.top };
  drawBand(pdf, summary);
  drawCounts(pdf, summary);
  drawChanges(pdf, summary);
  drawOverdue(pdf, summary);
  drawLegal(pdf, summary);
  drawNextCheck(pdf, summary);
  drawFooter(pdf, summary);

  doc.setProperties({
    title: `${summary.school}: ${GOVERNORS_SUMMARY_TITLE}, ${summary.dateText}`,
    subject: `The development plan from the self-evaluation "${summary.auditTitle}" on one page`,
    author: summary.school,
    keywords: 'governors, development plan, school self-evaluation',
    creator: 'Reflect',
  });
  doc.setLanguage('en-GB');
  doc.viewerPreferences({ DisplayDocTitle: true });
  const bytes = fixCidOrdering(new Uint8Array(doc.output('arraybuffer')));
  return { pdf: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), missing: [...pdf.book.missing] };
}
