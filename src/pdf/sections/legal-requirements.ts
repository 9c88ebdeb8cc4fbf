/**
 * Legal requirements: the toolkit's duties in law, counted on their own so
 * that one not met is never lost in a section's average. Each with its
 * duty, its source and whether it is met; those not met first.
 */
import { PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import type { LegalRequirementState } from '../../core/legal-requirements';
import type { PlanReport, PlanReportLegal } from '../../core/plan-report';
import { COLOUR, TYPE, contentWidth, currentPage, textHeight, writeHeading, writeText, type Pdf } from '../layout';
import { drawRowTable, rowTableStartHeight, type RowTable } from '../rows';

export const LEGAL_TITLE = PLAN_SECTION_TITLES.legal;
export const LEGAL_COLUMNS = ['Duty', 'Source', 'State'];

const CELL = { size: 8 } as const;
const SMALL = { size: 7.5, color: COLOUR.secondary } as const;
const INTRO = { size: 9 } as const;
const STATE_COLOUR: Record<LegalRequirementState, string> = { 'not-met': '#942514', 'not-rated': COLOUR.secondary, met: COLOUR.green, 'not-applicable': COLOUR.secondary };

function legalTable(pdf: Pdf, legal: PlanReportLegal): RowTable {
  // The duty says what the statement asks, in the law's terms; its rating is in the findings, under its section.
  const stateWidth = 22;
  const free = contentWidth(pdf) - stateWidth;
  return {
    columnWidths: [free * 0.6, free * 0.4, stateWidth],
    head: LEGAL_COLUMNS,
    rows: legal.duties.map((duty) => ({
      cells: [
        [{ text: duty.duty, style: CELL }],
        [{ text: duty.source, style: SMALL }],
        [{ text: duty.stateLabel, style: { ...CELL, bold: true, color: STATE_COLOUR[duty.state] } }],
      ],
    })),
    look: 'rules',
    fontSize: 8,
    lineSpacing: 1.2,
    continued: `${LEGAL_TITLE} (continued)`,
  };
}

/** Draws the section and returns its page; draws nothing (and returns null) when the toolkit has no legal duties. */
export function drawLegalRequirements(pdf: Pdf, report: PlanReport): number | null {
  const { legal } = report;
  if (!legal) return null;
  const intro = legal.intro;
  const table = legalTable(pdf, legal);
  writeHeading(pdf, LEGAL_TITLE, TYPE.section, textHeight(pdf, intro, INTRO) + rowTableStartHeight(pdf, table));
  const page = currentPage(pdf);
  writeText(pdf, intro, INTRO);
  drawRowTable(pdf, table);
  return page;
}
