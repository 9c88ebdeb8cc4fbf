/** Per domain: the score, what is working well, what would make it even better, and each indicator's rating. */
import type { PlanReport, PlanReportDomain } from '../../core/plan-report';
import { COLOUR, MARGIN, TYPE, contentWidth, currentPage, ensureSpace, pageBottom, writeHeading, writeText, type Pdf } from '../layout';
import { drawTable, tableHeight, tableStartHeight, type TableOptions } from '../table';

function drawReflection(pdf: Pdf, title: string, text: string, rule: string): void {
  const { doc, book } = pdf;
  const width = contentWidth(pdf) - 5;
  const lines = book.wrap(text || 'Nothing written yet.', width, TYPE.body);
  const step = book.lineHeight(TYPE.body.size);
  const style = text ? TYPE.body : { ...TYPE.body, color: COLOUR.secondary };
  ensureSpace(pdf, 7 + Math.min(lines.length, 3) * step);
  doc.setFillColor(rule).rect(MARGIN.side, pdf.y, 1.4, 6.5, 'F');
  book.draw(title, MARGIN.side + 5, pdf.y + 4.5, { size: 10.5, bold: true });
  pdf.y += 6.5;
  for (const line of lines) {
    ensureSpace(pdf, step);
    doc.setFillColor(rule).rect(MARGIN.side, pdf.y, 1.4, step, 'F');
    book.draw(line, MARGIN.side + 5, pdf.y + step * 0.75, style, { maxWidth: width });
    pdf.y += step;
  }
  pdf.y += 4;
}

function ratingsTable(pdf: Pdf, domain: PlanReportDomain): TableOptions {
  const width = contentWidth(pdf);
  return {
    head: ['Indicator', 'Rating'],
    body: domain.indicators.map((indicator) => [indicator.statement, indicator.rating]),
    columnWidths: [width - 38, 38],
    fontSize: 8.5,
  };
}

/** Roughly the height of a domain's whole block, to start it on a new page rather than split it, when it fits on one. */
function domainHeight(pdf: Pdf, domain: PlanReportDomain): number {
  const step = pdf.book.lineHeight(TYPE.body.size);
  const reflection = (text: string) => 11 + pdf.book.wrap(text || 'Nothing written yet.', contentWidth(pdf) - 5, TYPE.body).length * step;
  return 22 + reflection(domain.workingWell) + reflection(domain.evenBetterIf) + tableHeight(pdf, ratingsTable(pdf, domain)) + 10;
}

/** A domain that fits on one page starts on a new page rather than split; a longer one needs room for a good start. */
function keepTogether(pdf: Pdf, domain: PlanReportDomain): void {
  const height = domainHeight(pdf, domain);
  ensureSpace(pdf, height <= pageBottom(pdf) - MARGIN.top ? height : 60);
}

function drawDomain(pdf: Pdf, domain: PlanReportDomain, index: number): void {
  writeHeading(pdf, `${index + 1}. ${domain.title}`, TYPE.heading, 45);
  writeText(pdf, `${domain.isPriority ? 'Priority domain. ' : ''}${domain.scoreLine}; ${domain.rated} indicators rated.`, { ...TYPE.body, color: COLOUR.secondary }, 3);
  drawReflection(pdf, 'What is working well', domain.workingWell, COLOUR.green);
  drawReflection(pdf, 'Even better if', domain.evenBetterIf, COLOUR.blue);
  const table = ratingsTable(pdf, domain);
  ensureSpace(pdf, tableStartHeight(pdf, table));
  drawTable(pdf, table);
  pdf.y += 4;
}

/** Returns the page each domain starts on, for the contents and bookmarks. */
export function drawDomains(pdf: Pdf, report: PlanReport): number[] {
  writeHeading(pdf, 'Findings by domain', TYPE.section, 50);
  writeText(pdf, 'What the team found in each domain: strengths first, then what would make it even better.');
  return report.domains.map((domain, index) => {
    keepTogether(pdf, domain);
    const page = currentPage(pdf);
    drawDomain(pdf, domain, index);
    return page;
  });
}
