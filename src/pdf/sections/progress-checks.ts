/** Progress checks: the dates on which the plan will be looked at again, and by whom. */
import { PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import type { PlanReport } from '../../core/plan-report';
import { TYPE, contentWidth, currentPage, textHeight, writeHeading, writeText, type Pdf } from '../layout';
import { drawRowTable, rowTableStartHeight, type RowTable } from '../rows';

export const PROGRESS_CHECKS_TITLE = PLAN_SECTION_TITLES.progressChecks;

const CELL = { size: 9 } as const;
const INTRO = { size: 9 } as const;

export function drawProgressChecks(pdf: Pdf, report: PlanReport): number {
  const width = contentWidth(pdf);
  const table: RowTable = {
    columnWidths: [40, 60, width - 100],
    head: ['When', 'Who checks progress', 'Notes'],
    rows: report.reviews.map((review) => ({ cells: [[{ text: review.when, style: CELL }], [{ text: review.who, style: CELL }], [{ text: review.note, style: CELL }]] })),
    look: 'grid',
    fontSize: 9,
    continued: `${PROGRESS_CHECKS_TITLE} (continued)`,
  };
  const intro = report.reviews.length ? 'The plan will be looked at again, and progress on each action recorded, on these dates.' : 'No progress checks have been set yet.';
  writeHeading(pdf, PROGRESS_CHECKS_TITLE, TYPE.section, textHeight(pdf, intro, INTRO) + (report.reviews.length ? rowTableStartHeight(pdf, table) : 0));
  const page = currentPage(pdf);
  writeText(pdf, intro, INTRO);
  if (report.reviews.length === 0) return page;
  drawRowTable(pdf, table);
  return page;
}
