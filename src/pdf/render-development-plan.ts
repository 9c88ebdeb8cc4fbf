/**
 * Lays out the development plan with jsPDF. Loaded only when someone
 * exports, so jsPDF, jspdf-autotable and the fonts never weigh on the first
 * visit. Ordered for a governor: cover, summary (radar and scores), how the
 * team rated (for a team's self-evaluation), the legal
 * requirements (when the toolkit has legal duties), the action plan, then the
 * findings by section (with the evidence notes unless they were left out),
 * the sections by Ofsted evaluation area (when the toolkit names them) and
 * the progress checks, each section starting where the last ended; then page numbers, bookmarks and the document's title,
 * author and language.
 */
import { newDocument } from './new-document';
import type { PlanReport } from '../core/plan-report';
import { formatDate, todayIsoDate } from '../core/format-date';
import { pdfDate } from './creation-date';
import { fixCidOrdering } from './fix-cid-ordering';
import { loadFonts } from './fonts/load-fonts';
import { COLOUR, MARGIN, currentPage, newPage, type Pdf } from './layout';
import { ACTION_COLUMNS, ACTION_PLAN_TITLE, drawActionPlan } from './sections/action-plan';
import { drawContents, drawCover, drawMissingCharacters, reserveContents } from './sections/cover';
import { EVIDENCE_LEAD, FINDINGS_TITLE, drawFindings } from './sections/findings';
import { INSPECTION_AREAS_COLUMNS, INSPECTION_AREAS_TITLE, drawInspectionAreas } from './sections/inspection-areas';
import { LEGAL_COLUMNS, LEGAL_TITLE, drawLegalRequirements } from './sections/legal-requirements';
import { REFLECTION_TITLES } from './sections/reflections';
import { drawSmallPrint } from './sections/small-print';
import { PROGRESS_CHECKS_TITLE, drawProgressChecks } from './sections/progress-checks';
import { SUMMARY_TITLE, drawSummary } from './sections/summary';
import { drawTeam } from './sections/team';
import { ELLIPSIS, FontBook } from './text/font-book';
import { textOf } from './text/text-of';

export interface RenderedPlan {
  pdf: Blob;
  /** Characters no font in the PDF could show (each drawn as U+FFFD). */
  missing: string[];
  /** Whether a font could not be fetched (a Chinese slice while offline): the same plan exported again may show more. */
  fontsFailed: boolean;
}

/** The entries in the contents, in order: how the team rated only for a team, the legal requirements and the inspection areas only when the toolkit has them. */
function sectionTitles(report: PlanReport): string[] {
  return [
    SUMMARY_TITLE,
    ...(report.team ? [report.team.title] : []),
    ...(report.legal ? [LEGAL_TITLE] : []),
    ACTION_PLAN_TITLE,
    FINDINGS_TITLE,
    ...(report.inspectionAreas.length > 0 ? [INSPECTION_AREAS_TITLE] : []),
    PROGRESS_CHECKS_TITLE,
  ];
}

/** Words the PDF draws itself, so that their fonts are loaded too. */
const FURNITURE = [
  ...ACTION_COLUMNS,
  ...LEGAL_COLUMNS,
  ...INSPECTION_AREAS_COLUMNS,
  INSPECTION_AREAS_TITLE,
  EVIDENCE_LEAD,
  ...Object.values(REFLECTION_TITLES),
  '\u2013\u2019\uFFFD',
  ELLIPSIS,
].join(' ');

/** Every character the plan's PDF may draw: what its fonts are chosen for. */
export function planText(report: PlanReport): string {
  return `${textOf(report)}\n${FURNITURE}`;
}

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

/**
 * `between`, when given, is awaited between the parts of the layout and before the file is
 * written, so that a PDF made ahead of a click (plan-renderer.ts) lets key presses in as it goes.
 */
export async function renderDevelopmentPlan(report: PlanReport, createdAt: Date = new Date(), between?: () => Promise<void>): Promise<RenderedPlan> {
  const doc = newDocument();
  try {
    // In UTC and as text, so that a PDF made ahead of a click can take the click's time (creation-date.ts).
    doc.setCreationDate(pdfDate(createdAt));
  } catch {
    // jsPDF takes a date as text only up to 2037; after that its own stands, and every click makes the PDF afresh.
  }
  // The day as the person exporting sees it, not the day in Greenwich.
  const createdOn = formatDate(todayIsoDate(createdAt));
  const fonts = await loadFonts(doc, planText(report));
  const pdf: Pdf = { doc, book: new FontBook(doc, fonts.faces), y: MARGIN.top };

  const titles = sectionTitles(report);
  drawCover(pdf, report, createdOn);
  const contents = reserveContents(pdf, titles.length);
  newPage(pdf);
  const summaryPage = currentPage(pdf);
  await between?.();
  drawSummary(pdf, report);
  // A team's account of how it rated follows the summary whose band it explains.
  const teamPage = drawTeam(pdf, report);
  // The legal requirements and the action plan go straight after the summary (on the same page when
  // their start fits there); each later section follows on from wherever the one before it ends.
  pdf.y += 4;
  const legalPage = drawLegalRequirements(pdf, report);
  if (legalPage !== null) pdf.y += 4;
  await between?.();
  const actionPlan = drawActionPlan(pdf, report);
  pdf.y += 6;
  await between?.();
  const findings = drawFindings(pdf, report);
  pdf.y += 2;
  await between?.();
  const areasPage = drawInspectionAreas(pdf, report);
  if (areasPage !== null) pdf.y += 2;
  const checksPage = drawProgressChecks(pdf, report);
  drawSmallPrint(pdf, report, createdOn);
  await between?.();

  doc.setPage(contents.page);
  pdf.y = contents.y;
  const pages = [summaryPage, teamPage, legalPage, actionPlan.page, findings.page, areasPage, checksPage].filter((page) => page !== null);
  drawContents(pdf, titles.map((title, index) => ({ title, page: pages[index]! })));
  drawMissingCharacters(pdf, [...pdf.book.missing], fonts.failed.length > 0);
  drawFooters(pdf, report);

  // Bookmarks: one per section, with the action groups and the findings' sections beneath theirs.
  doc.outline.add(null, 'Cover', { pageNumber: 1 });
  doc.outline.add(null, SUMMARY_TITLE, { pageNumber: summaryPage });
  if (teamPage !== null && report.team) doc.outline.add(null, report.team.title, { pageNumber: teamPage });
  if (legalPage !== null) doc.outline.add(null, LEGAL_TITLE, { pageNumber: legalPage });
  const plan = doc.outline.add(null, ACTION_PLAN_TITLE, { pageNumber: actionPlan.page });
  for (const group of actionPlan.groups) doc.outline.add(plan, group.title, { pageNumber: group.page });
  const findingsEntry = doc.outline.add(null, FINDINGS_TITLE, { pageNumber: findings.page });
  report.domains.forEach((domain, index) => doc.outline.add(findingsEntry, `${index + 1}. ${domain.title}`, { pageNumber: findings.sections[index]! }));
  if (areasPage !== null) doc.outline.add(null, INSPECTION_AREAS_TITLE, { pageNumber: areasPage });
  doc.outline.add(null, PROGRESS_CHECKS_TITLE, { pageNumber: checksPage });

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
  await between?.();
  const bytes = fixCidOrdering(new Uint8Array(doc.output('arraybuffer')));
  return { pdf: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), missing: [...pdf.book.missing], fontsFailed: fonts.failed.length > 0 };
}
