/** The toolkit's legal duties and the Ofsted evaluation areas, each only when the toolkit has them, in the plan model's words. */
import type { Paragraph, Table } from 'docx';
import type { PlanReport } from '../../core/plan-report';
import { PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import { cellParagraph, heading, paragraph, table } from '../blocks';

export function legalRequirements(report: PlanReport): (Paragraph | Table)[] {
  const { legal } = report;
  if (!legal) return [];
  return [
    heading(PLAN_SECTION_TITLES.legal, 1),
    paragraph(legal.intro),
    // The duty says what the statement asks, in the law's terms; its rating is in the findings, under its section.
    table(
      [50, 34, 16],
      ['Duty', 'Source', 'State'],
      legal.duties.map((duty) => [duty.duty, duty.source, [cellParagraph(duty.stateLabel, { bold: true })]]),
    ),
  ];
}

export function inspectionAreas(report: PlanReport): (Paragraph | Table)[] {
  if (report.inspectionAreas.length === 0) return [];
  return [
    heading(PLAN_SECTION_TITLES.inspectionAreas, 1),
    paragraph(report.inspectionAreasIntro),
    table(
      [30, 70],
      ['Evaluation area', 'Sections that inform it, with their scores'],
      report.inspectionAreas.map((area) => [
        [cellParagraph(area.title, { bold: true })],
        area.sections.map((section) => `${section.shortTitle} ${section.score}${section.level ? ` (${section.level})` : ''}`).join('; '),
      ]),
    ),
  ];
}
