/** Review dates: when the plan will be looked at again, and by whom. */
import type { PlanReport } from '../../core/plan-report';
import { TYPE, contentWidth, currentPage, ensureSpace, writeHeading, writeText, type Pdf } from '../layout';
import { drawTable, tableStartHeight } from '../table';

export function drawReviews(pdf: Pdf, report: PlanReport): number {
  writeHeading(pdf, 'Review dates', TYPE.section, 40);
  const page = currentPage(pdf);
  if (report.reviews.length === 0) {
    writeText(pdf, 'No review dates have been set yet.');
    return page;
  }
  writeText(pdf, 'The plan will be reviewed, and progress on each action recorded, at these points.');
  const width = contentWidth(pdf);
  const table = {
    head: ['When', 'Who reviews the plan', 'Notes'],
    body: report.reviews.map((review) => [review.when, review.who, review.note]),
    columnWidths: [50, 80, width - 130],
  };
  ensureSpace(pdf, tableStartHeight(pdf, table));
  drawTable(pdf, table);
  return page;
}
