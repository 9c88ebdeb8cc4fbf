/**
 * The sections' scores again, grouped by the Ofsted evaluation areas they
 * give evidence for: a compact table for the school's own self-evaluation
 * summary, naming each section as the radar does.
 */
import { PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import type { PlanReport } from '../../core/plan-report';
import { TYPE, contentWidth, currentPage, textHeight, writeHeading, writeText, type Pdf } from '../layout';
import { drawRowTable, rowTableStartHeight, type RowTable } from '../rows';

export const INSPECTION_AREAS_TITLE = PLAN_SECTION_TITLES.inspectionAreas;
export const INSPECTION_AREAS_COLUMNS = ['Evaluation area', 'Sections that inform it, with their scores'];

const CELL = { size: 8 } as const;
const INTRO = { size: 9 } as const;

/** Draws the section and returns its page; nothing (null) when the toolkit names no inspection areas. */
export function drawInspectionAreas(pdf: Pdf, report: PlanReport): number | null {
  if (report.inspectionAreas.length === 0) return null;
  const areaWidth = 52;
  const table: RowTable = {
    columnWidths: [areaWidth, contentWidth(pdf) - areaWidth],
    head: INSPECTION_AREAS_COLUMNS,
    rows: report.inspectionAreas.map((area) => ({
      cells: [
        [{ text: area.title, style: { ...CELL, bold: true } }],
        [{ text: area.sections.map((section) => `${section.shortTitle} ${section.score}${section.level ? ` (${section.level})` : ''}`).join('; '), style: CELL }],
      ],
    })),
    look: 'rules',
    fontSize: 8,
    lineSpacing: 1.2,
    continued: `${INSPECTION_AREAS_TITLE} (continued)`,
  };
  const intro = report.inspectionAreasIntro;
  writeHeading(pdf, INSPECTION_AREAS_TITLE, TYPE.section, textHeight(pdf, intro, INTRO) + rowTableStartHeight(pdf, table));
  const page = currentPage(pdf);
  writeText(pdf, intro, INTRO);
  drawRowTable(pdf, table);
  return page;
}
