/**
 * Lays out the development plan with jsPDF. Loaded only when someone
 * exports, so jsPDF, jspdf-autotable and the fonts never weigh on the first
 * visit. Order: cover, summary (radar and scores), findings by domain,
 * action plan (landscape), review dates; then page numbers, bookmarks and
 * the document's title, author and language.
 */
import { jsPDF } from 'jspdf';
import type { PlanReport } from '../core/plan-report';
import { formatDate, todayIsoDate } from '../core/format-date';
import { fixCidOrdering } from './fix-cid-ordering';
import { loadFonts } from './fonts/load-fonts';
import { COLOUR, MARGIN, newPage, type Pdf } from './layout';
import { ACTION_COLUMNS, drawActionPlan } from './sections/action-plan';
import { drawContents, drawCover, drawMissingCharacters, reserveContents } from './sections/cover';
import { drawDomains } from './sections/domains';
import { drawReviews } from './sections/reviews';
import { drawSummary } from './sections/summary';
import { ELLIPSIS, FontBook } from './text/font-book';

export interface RenderedPlan {
  pdf: Blob;
  /** Characters no font in the PDF could show (each drawn as U+FFFD). */
  missing: string[];
}

/** Every string that may be drawn, so that the fonts for all of them are loaded first. */
function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(textOf).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(textOf).join('\n');
  return '';
}

/** The entries in the contents, in order. */
const SECTIONS = ['Summary', 'Findings by domain', 'Action plan', 'Review dates'] as const;

function drawFooters(pdf: Pdf, report: PlanReport): void {
  const { doc, book } = pdf;
  const total = doc.getNumberOfPages();
  const left = `${report.school}: ${report.toolkitTitle} development plan`;
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    const width = doc.internal.pageSize.getWidth();
    const y = doc.internal.pageSize.getHeight() - MARGIN.bottom + 6;
    doc.setDrawColor(COLOUR.border).setLineWidth(0.2).line(MARGIN.side, y - 4.5, width - MARGIN.side, y - 4.5);
    const room = width - 2 * MARGIN.side - 30;
    // One line only: a long school name is shortened with an ellipsis here; the cover has it whole.
    book.draw(book.fitLine(left, room, { size: 8 }), MARGIN.side, y, { size: 8, color: COLOUR.secondary }, { maxWidth: room });
    book.draw(`Page ${page} of ${total}`, width - MARGIN.side, y, { size: 8, color: COLOUR.secondary }, { align: 'right' });
  }
}

export async function renderDevelopmentPlan(report: PlanReport, createdAt: Date = new Date()): Promise<RenderedPlan> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  // The day as the person exporting sees it, not the day in Greenwich.
  const createdOn = formatDate(todayIsoDate(createdAt));
  const fonts = await loadFonts(doc, `${textOf(report)}\n${ACTION_COLUMNS.join(' ')}\u2013\u2019\uFFFD${ELLIPSIS}`);
  const pdf: Pdf = { doc, book: new FontBook(doc, fonts.faces), y: MARGIN.top };

  drawCover(pdf, report, createdOn);
  const contents = reserveContents(pdf, SECTIONS.length);
  newPage(pdf);
  const summaryPage = doc.getCurrentPageInfo().pageNumber;
  drawSummary(pdf, report);
  newPage(pdf);
  const findingsPage = doc.getCurrentPageInfo().pageNumber;
  const domainPages = drawDomains(pdf, report);
  const actionPlan = drawActionPlan(pdf, report);
  const reviewsPage = drawReviews(pdf, report);

  doc.setPage(contents.page);
  pdf.y = contents.y;
  const sectionPages = [summaryPage, findingsPage, actionPlan.page, reviewsPage];
  drawContents(pdf, SECTIONS.map((title, index) => ({ title, page: sectionPages[index]! })));
  drawMissingCharacters(pdf, [...pdf.book.missing], fonts.failed.length > 0);
  drawFooters(pdf, report);

  // Bookmarks: one per section, with the domains and action groups beneath theirs.
  doc.outline.add(null, 'Cover', { pageNumber: 1 });
  doc.outline.add(null, 'Summary', { pageNumber: summaryPage });
  const findings = doc.outline.add(null, 'Findings by domain', { pageNumber: findingsPage });
  report.domains.forEach((domain, index) => doc.outline.add(findings, `${index + 1}. ${domain.title}`, { pageNumber: domainPages[index]! }));
  const plan = doc.outline.add(null, 'Action plan', { pageNumber: actionPlan.page });
  for (const group of actionPlan.groups) doc.outline.add(plan, group.title, { pageNumber: group.page });
  doc.outline.add(null, 'Review dates', { pageNumber: reviewsPage });

  doc.setProperties({
    title: `${report.school}: ${report.toolkitTitle} development plan`,
    subject: `Development plan from the self-evaluation "${report.auditTitle}", ${report.dateText}`,
    author: report.school,
    keywords: 'development plan, school self-evaluation',
    creator: 'Reflect',
  });
  doc.setLanguage('en-GB');
  doc.viewerPreferences({ DisplayDocTitle: true });
  doc.setDisplayMode('fullwidth', 'continuous', 'UseOutlines');
  const bytes = fixCidOrdering(new Uint8Array(doc.output('arraybuffer')));
  return { pdf: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), missing: [...pdf.book.missing] };
}
