/** The summary: the radar chart and the same scores as a table (the chart's text alternative). */
import type { PlanReport } from '../../core/plan-report';
import { MARGIN, TYPE, contentWidth, writeHeading, writeText, type Pdf } from '../layout';
import { drawTable } from '../table';
import { drawRadar } from './radar';

const RADAR_RADIUS = 52;

export function drawSummary(pdf: Pdf, report: PlanReport): void {
  const top = Math.min(...report.levels.map((level) => level.value));
  const bottom = Math.max(...report.levels.map((level) => level.value));
  const scale = report.levels.map((level) => `${level.value} ${level.label}`).join(', ');
  writeHeading(pdf, 'Summary', TYPE.section);
  writeText(
    pdf,
    `Each domain's score is the mean of its rated indicators, from ${top} to ${bottom} (${scale}). Indicators marked not applicable or not yet rated are left out; a domain with nothing rated is shown as not rated, never as zero. Overall score: ${report.overall}.`,
  );

  const centreY = pdf.y + RADAR_RADIUS + 14;
  drawRadar(pdf, report, MARGIN.side + contentWidth(pdf) / 2, centreY, RADAR_RADIUS);
  pdf.y = centreY + RADAR_RADIUS + 18;

  const width = contentWidth(pdf);
  drawTable(pdf, {
    head: ['Domain', 'Score', 'Level', 'Indicators rated'],
    body: report.domains.map((domain) => [`${domain.title}${domain.isPriority ? ' (priority)' : ''}`, domain.score, domain.level || '–', domain.rated]),
    columnWidths: [width - 20 - 34 - 34, 20, 34, 34],
    fontSize: 9.5,
  });
}
