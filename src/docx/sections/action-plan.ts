/**
 * The action plan: each group (priority sections first) under a Heading 2,
 * so Word's navigation pane lists them, with its own table of actions an
 * officer can add rows to. Then the progress checks.
 */
import type { Paragraph, Table } from 'docx';
import type { PlanReport } from '../../core/plan-report';
import { PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import { COLOUR, cellParagraph, heading, paragraph, table } from '../blocks';

const ACTION_COLUMNS = ['No.', 'Action', 'Success measure', 'Lead', 'Target date', 'Status', 'Progress note'];

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
        group.actions.map((action) => [
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
        ]),
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
