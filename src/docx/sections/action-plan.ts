/**
 * The action plan: each group (priority sections first) under a Heading 2,
 * so Word's navigation pane lists them, with its own table of actions an
 * officer can add rows to. Then the progress checks.
 */
import { Paragraph, TextRun, type Table } from 'docx';
import type { PlanReport, PlanReportAction } from '../../core/plan-report';
import { PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import { REVIEW_HISTORY_TITLE, describeReviewEntry, reviewEntryRest } from '../../core/review-entry-text';
import { COLOUR, cellParagraph, heading, paragraph, runs, table, type CellContent, type SpanningRow } from '../blocks';

const ACTION_COLUMNS = ['No.', 'Action', 'Success measure', 'Lead', 'Target date', 'Status', 'Progress note'];

/** An action's reviews, oldest first, in a row under all its columns but the number: the progress note's column is too narrow for them. */
function historyRow(action: PlanReportAction): SpanningRow {
  return {
    spans: [1, ACTION_COLUMNS.length - 1],
    cells: [
      '',
      [
        cellParagraph(REVIEW_HISTORY_TITLE, { bold: true, color: COLOUR.brand }),
        ...action.history.map(
          (entry) => new Paragraph({ children: [new TextRun({ text: `${describeReviewEntry(entry).date} `, bold: true, size: 18 }), ...runs(reviewEntryRest(entry), { size: 18 })], spacing: { before: 60 } }),
        ),
      ],
    ],
  };
}

function actionRow(action: PlanReportAction): CellContent[] {
  return [
    String(action.number),
    [
      action.action ? cellParagraph(action.action) : cellParagraph('Action not written yet', { color: COLOUR.secondary }),
      ...(action.carriedFrom ? [cellParagraph(action.carriedFrom, { size: 16, color: COLOUR.secondary })] : []),
    ],
    action.successMeasure,
    action.lead,
    action.targetDate,
    [cellParagraph(action.statusLabel, { bold: true })],
    action.progressNote,
  ];
}

export function actionPlan(report: PlanReport): (Paragraph | Table)[] {
  const intro =
    report.actionCount === 0
      ? 'No actions have been added to the plan yet.'
      : `${report.actionCount} ${report.actionCount === 1 ? 'action' : 'actions'}, grouped by section with the priority sections first. Status and progress as recorded when this document was made.`;
  return [
    heading(PLAN_SECTION_TITLES.actionPlan, 1),
    paragraph(intro),
    ...report.actionGroups.flatMap((group) => [
      heading(group.isPriority ? `Priority: ${group.title}` : group.title, 2),
      table(
        // The lead is wide enough for a long name in one piece (Παπαδοπούλου, say).
        [5, 22, 19, 18, 11, 10, 15],
        ACTION_COLUMNS,
        group.actions.flatMap((action) => [actionRow(action), ...(action.history.length > 0 ? [historyRow(action)] : [])]),
      ),
    ]),
  ];
}

export function progressChecks(report: PlanReport): (Paragraph | Table)[] {
  return [
    heading(PLAN_SECTION_TITLES.progressChecks, 1),
    paragraph(report.reviews.length ? 'The plan will be looked at again, and progress on each action recorded, on these dates.' : 'No progress checks have been set yet.'),
    ...(report.reviews.length ? [table([22, 32, 46], ['When', 'Who checks progress', 'Notes'], report.reviews.map((review) => [review.when, review.who, review.note]))] : []),
  ];
}
