/**
 * The action plan: one table on portrait pages, its groups (priority
 * sections first) as title rows, so that six actions take half a page and
 * not one header per group. Each group's title row stays with its first
 * action; the column headings repeat on every page the table runs onto.
 */
import { PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import type { ActionStatus } from '../../core/audit';
import type { PlanReport, PlanReportAction } from '../../core/plan-report';
import { REVIEW_HISTORY_TITLE, describeReviewEntry, reviewEntryRest } from '../../core/review-entry-text';
import { COLOUR, TYPE, contentWidth, currentPage, textHeight, writeHeading, writeText, type Pdf } from '../layout';
import { drawRowTable, rowTableStartHeight, type Row, type RowTable } from '../rows';

export const ACTION_PLAN_TITLE = PLAN_SECTION_TITLES.actionPlan;
export const ACTION_COLUMNS = ['No.', 'Action', 'Success measure', 'Lead', 'Target date', 'Status and progress'];

/** GOV.UK tag colours: dark text on a light fill, legible in black and white too. */
const TAG: Record<ActionStatus, { fill: string; text: string }> = {
  'not-started': { fill: '#e5e6e7', text: '#383f43' },
  'on-track': { fill: '#cce2d8', text: '#005a30' },
  'at-risk': { fill: '#f4cdc6', text: '#942514' },
  done: { fill: '#bbd4ea', text: '#0c2d4a' },
};

const CELL = { size: 8.5 } as const;
const INTRO = { size: 9 } as const;

/** An action's reviews, oldest first, in a row of their own under all its columns but the number: too long for the status column. */
function historyRow(action: PlanReportAction): Row {
  return {
    spans: [1, ACTION_COLUMNS.length - 1],
    cells: [
      [],
      [
        { text: REVIEW_HISTORY_TITLE, style: { ...CELL, bold: true, color: COLOUR.brand } },
        ...action.history.map((entry) => ({ text: reviewEntryRest(entry), lead: { text: describeReviewEntry(entry).date, style: { ...CELL, bold: true } }, style: CELL, gapBefore: 0.8 })),
      ],
    ],
  };
}

function actionTable(pdf: Pdf, report: PlanReport, onGroup: (title: string) => void): RowTable {
  const fixed = [10, 28, 20, 30];
  const free = contentWidth(pdf) - fixed.reduce((sum, value) => sum + value, 0);
  const rows = report.actionGroups.flatMap((group): Row[] => [
    { isGroup: true, onDraw: () => onGroup(group.title), cells: [[{ text: group.isPriority ? `Priority: ${group.title}` : group.title, style: { size: 9, bold: true, color: COLOUR.brand } }]] },
    ...group.actions.flatMap((action): Row[] => [
      {
        keepWithNext: action.history.length > 0,
        cells: [
          [{ text: String(action.number), style: CELL }],
          [
            { text: action.action || 'Action not written yet', style: action.action ? CELL : { ...CELL, color: COLOUR.secondary } },
            ...(action.carriedFrom ? [{ text: action.carriedFrom, style: { ...CELL, size: 7.5, color: COLOUR.secondary }, gapBefore: 0.8 }] : []),
          ],
          [{ text: action.successMeasure, style: CELL }],
          [{ text: action.lead, style: CELL }],
          [{ text: action.targetDate, style: CELL }],
          [
            { text: action.statusLabel, style: { ...CELL, bold: true, color: TAG[action.status].text }, tag: { fill: TAG[action.status].fill } },
            ...(action.progressNote ? [{ text: action.progressNote, style: CELL, gapBefore: 0.8 }] : []),
          ],
        ],
      },
      ...(action.history.length > 0 ? [historyRow(action)] : []),
    ]),
  ]);
  return { columnWidths: [fixed[0]!, free * 0.52, free * 0.48, fixed[1]!, fixed[2]!, fixed[3]!], head: ACTION_COLUMNS, rows, look: 'grid', fontSize: 8.5, continued: `${ACTION_PLAN_TITLE} (continued)` };
}

/** Returns the page the plan and each of its groups start on, for the contents and bookmarks. */
export function drawActionPlan(pdf: Pdf, report: PlanReport): { page: number; groups: { title: string; page: number }[] } {
  // Where each group's title row lands, learnt as the table is drawn.
  const groups: { title: string; page: number }[] = [];
  const table = actionTable(pdf, report, (title) => groups.push({ title, page: currentPage(pdf) }));
  const intro =
    report.actionCount === 0
      ? 'No actions have been added to the plan yet.'
      : `${report.actionCount} ${report.actionCount === 1 ? 'action' : 'actions'}, grouped by section with the priority sections first. Status and progress as recorded when this PDF was made.`;
  writeHeading(pdf, ACTION_PLAN_TITLE, TYPE.section, textHeight(pdf, intro, INTRO) + (report.actionCount ? rowTableStartHeight(pdf, table) : 0));
  const page = currentPage(pdf);
  writeText(pdf, intro, INTRO);
  if (report.actionCount === 0) return { page, groups: [] };
  drawRowTable(pdf, table);
  return { page, groups };
}
