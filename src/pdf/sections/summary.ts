/** The summary: the radar chart and the same scores as a table (the chart's text alternative), each saying what it rests on. */
import { PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import type { PlanReport } from '../../core/plan-report';
import { MARGIN, TYPE, contentWidth, writeHeading, writeText, type Pdf } from '../layout';
import { drawTable } from '../table';
import { drawPartialNote } from './partial-note';
import { drawKey, drawRadar, placeRadarLabels, planRadarInput } from './radar';

export const SUMMARY_TITLE = PLAN_SECTION_TITLES.summary;
const RADAR_RADIUS = 32;

export function drawSummary(pdf: Pdf, report: PlanReport): void {
  const scale = report.levels.map((level) => `${level.value} ${level.label}`).join(', ');
  writeHeading(pdf, SUMMARY_TITLE, TYPE.section);
  writeText(
    pdf,
    `Overall score: ${report.overallLine}. Each section’s score is the mean of its rated statements, on a scale of ${report.scaleRange} (${scale}). Statements marked not applicable or not yet rated are left out; a section with nothing rated is shown as not rated, never as zero.`,
    { size: 9.5 },
  );
  drawPartialNote(pdf, report);

  // Room for the labels above and below the rings, more where crowded labels were moved apart.
  const chart = planRadarInput(report);
  const labels = placeRadarLabels(pdf, chart, RADAR_RADIUS);
  const centreY = pdf.y + Math.max(RADAR_RADIUS + 12, -Math.min(...labels.map((label) => label.top)) + 1);
  drawRadar(pdf, chart, MARGIN.side + contentWidth(pdf) / 2, centreY, RADAR_RADIUS);
  pdf.y = centreY + Math.max(RADAR_RADIUS + 14, Math.max(...labels.map((label) => label.bottom)) + 4);
  if (report.team) pdf.y += drawKey(pdf, report.team.key, MARGIN.side + contentWidth(pdf) / 2, pdf.y - 4) + 2;

  const width = contentWidth(pdf);
  drawTable(pdf, {
    head: ['Section', 'Score', 'Level', 'Statements rated'],
    body: report.domains.map((domain) => [`${domain.title}${domain.isPriority ? ' (priority)' : ''}`, domain.score, domain.level || '–', domain.rated]),
    columnWidths: [width - 18 - 32 - 32, 18, 32, 32],
    fontSize: 8.5,
  });
}
