/**
 * The action plan table, on landscape pages so five columns of real
 * sentences stay readable. One table per domain group, priority domains
 * first; each repeats its header on every page it runs onto.
 */
import type { CellHookData } from 'jspdf-autotable';
import type { ActionStatus } from '../../core/audit';
import type { PlanReport } from '../../core/plan-report';
import { COLOUR, TYPE, contentWidth, currentPage, ensureSpace, newPage, writeHeading, writeText, type Pdf } from '../layout';
import { cellLines, drawTable, tableStartHeight, type TableOptions } from '../table';

export const ACTION_COLUMNS = ['No.', 'Action', 'Success measure', 'Lead', 'Target date', 'Status and progress'];
const STATUS_COLUMN = 5;

/** GOV.UK tag colours: dark text on a light fill, legible in black and white too. */
const TAG: Record<ActionStatus, { fill: string; text: string }> = {
  'not-started': { fill: '#e5e6e7', text: '#383f43' },
  'on-track': { fill: '#cce2d8', text: '#005a30' },
  'at-risk': { fill: '#f4cdc6', text: '#942514' },
  done: { fill: '#bbd4ea', text: '#0c2d4a' },
};


/** Returns the page each group starts on, for the contents and bookmarks. */
export function drawActionPlan(pdf: Pdf, report: PlanReport): { page: number; groups: { title: string; page: number }[] } {
  newPage(pdf, 'landscape');
  const page = currentPage(pdf);
  writeHeading(pdf, 'Action plan', TYPE.section);
  if (report.actionCount === 0) {
    writeText(pdf, 'No actions have been added to the plan yet.');
    return { page, groups: [] };
  }
  writeText(pdf, `${report.actionCount} actions, grouped by domain with the priority domains first. Status and progress as recorded when this PDF was made.`);
  const width = contentWidth(pdf);
  const fixed = [10, 34, 30, 50];
  const free = width - fixed.reduce((sum, value) => sum + value, 0);
  const columnWidths = [fixed[0]!, free * 0.53, free * 0.47, fixed[1]!, fixed[2]!, fixed[3]!];
  const groups = report.actionGroups.map((group) => {
    const statuses = group.actions.map((action) => action.status);
    const table: TableOptions = {
      head: ACTION_COLUMNS,
      body: group.actions.map((action) => [
        String(action.number),
        action.action || 'Action not written yet',
        action.successMeasure,
        action.lead,
        action.targetDate,
        [action.statusLabel, action.progressNote].filter(Boolean).join('\n'),
      ]),
      columnWidths,
      drawCell: (data, lines) => data.section === 'body' && data.column.index === STATUS_COLUMN && drawStatus(pdf, data, lines, statuses[data.row.index]!),
    };
    // The group's heading stays with the table's header and first row.
    ensureSpace(pdf, 12 + tableStartHeight(pdf, table));
    const groupPage = currentPage(pdf);
    writeHeading(pdf, group.isPriority ? `Priority: ${group.title}` : group.title, { size: 12, bold: true, color: COLOUR.brand }, 0);
    drawTable(pdf, table);
    return { title: group.title, page: groupPage };
  });
  return { page, groups };
}

/** The status as a tag on the first line, the progress note below it. */
function drawStatus(pdf: Pdf, data: CellHookData, lines: string[], status: ActionStatus): boolean {
  const { doc, book } = pdf;
  const { x, y, step, width } = cellLines(data);
  const size = data.cell.styles.fontSize;
  const [label = '', ...note] = lines;
  const tag = TAG[status];
  const labelWidth = book.width(label, { size, bold: true });
  doc.setFillColor(tag.fill).rect(x - 0.6, y - step * 0.72, labelWidth + 2.4, step * 0.95, 'F');
  book.draw(label, x + 0.6, y, { size, bold: true, color: tag.text });
  note.forEach((line, index) => book.draw(line, x, y + (index + 1) * step, { size }, { maxWidth: width }));
  return true;
}
