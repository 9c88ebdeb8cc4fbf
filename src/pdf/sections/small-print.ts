/** The last lines of the plan: which edition of the toolkit the ratings were made against, for whoever needs to trace it. */
import type { PlanReport } from '../../core/plan-report';
import { COLOUR, writeText, type Pdf } from '../layout';

export function drawSmallPrint(pdf: Pdf, report: PlanReport, createdOn: string): void {
  pdf.y += 4;
  writeText(pdf, `Made with Reflect on ${createdOn}, from the self-evaluation “${report.auditTitle}” against the toolkit “${report.toolkitTitle}” (version ${report.toolkitVersion}).`, { size: 7.5, color: COLOUR.secondary }, 0);
}
