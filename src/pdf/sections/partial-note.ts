/** While some statements have no rating, a plain panel says so where the scores are given: the scores rest on part of the picture. */
import type { PlanReport } from '../../core/plan-report';
import { COLOUR, MARGIN, contentWidth, ensureSpace, type Pdf } from '../layout';

export function drawPartialNote(pdf: Pdf, report: PlanReport): void {
  if (!report.partialNote) return;
  const { doc, book } = pdf;
  const style = { size: 9.5, bold: true };
  const text = `${report.partialNote}. The scores rest only on the statements rated so far.`;
  const width = contentWidth(pdf);
  const lines = book.wrap(text, width - 8, style);
  const step = book.lineHeight(style.size);
  const height = lines.length * step + 4;
  ensureSpace(pdf, height);
  doc.setFillColor('#fff7bf').rect(MARGIN.side, pdf.y, width, height, 'F');
  doc.setFillColor(COLOUR.text).rect(MARGIN.side, pdf.y, 1.4, height, 'F');
  lines.forEach((line, index) => book.draw(line, MARGIN.side + 4, pdf.y + 2 + step * (index + 0.78), style, { maxWidth: width - 8 }));
  pdf.y += height + 3;
}
