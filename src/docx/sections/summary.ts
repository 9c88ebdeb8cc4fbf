/**
 * The summary: the overall score, the radar (a picture drawn by the browser,
 * and beside it Word's own radar chart, whose data an officer can edit), and
 * the same scores as a table, which is also the charts' text alternative.
 */
import { ImageRun, Paragraph, type Table } from 'docx';
import { ChartRun } from 'docx/charts';
import type { PlanRenderInputs } from '../../core/plan-renderer';
import type { PlanReport } from '../../core/plan-report';
import { PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import { heading, paragraph, table } from '../blocks';
import { partialNote } from './cover';

/** Says in words what the chart shows, for a screen reader. */
export function radarAltText(report: PlanReport): string {
  const scores = report.domains.map((domain) => `${domain.shortTitle} ${domain.score}`).join('; ');
  return `Radar chart of the section scores on a scale of ${report.scaleRange}: ${scores}. The same scores are in the table below.`;
}

function picture(report: PlanReport, radar: NonNullable<PlanRenderInputs['radarPicture']>): Paragraph {
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: radar.png,
        transformation: { width: radar.width, height: radar.height },
        altText: { name: 'Radar chart', title: 'Section scores', description: radarAltText(report) },
      }),
    ],
  });
}

/** Word's own radar chart, from the scores: no chart when there are fewer than three sections to draw round. */
function nativeChart(report: PlanReport): Paragraph[] {
  if (report.domains.length < 3) return [];
  const values = report.levels.map((level) => level.value);
  return [
    paragraph('The same chart as a Word chart, whose data you can edit (right-click it, then Edit Data):', { size: 18 }),
    new Paragraph({
      children: [
        new ChartRun({
          type: 'radar',
          title: 'Section scores',
          categories: report.domains.map((domain) => domain.shortTitle),
          series: [{ name: 'Score', values: report.domains.map((domain) => domain.scoreValue), color: '1D70B8' }],
          markers: true,
          valueAxis: { minimum: Math.min(0, ...values), maximum: Math.max(...values), interval: 1 },
          legend: false,
          transformation: { width: 560, height: 380 },
          altText: { name: 'Radar chart (editable)', title: 'Section scores', description: radarAltText(report) },
        }),
      ],
    }),
  ];
}

export function summary(report: PlanReport, inputs: PlanRenderInputs): (Paragraph | Table)[] {
  const scale = report.levels.map((level) => `${level.value} ${level.label}`).join(', ');
  const key = report.team ? [report.team.key.range, report.team.key.middle, report.team.key.score].map((text) => paragraph(text, { size: 18 })) : [];
  return [
    heading(PLAN_SECTION_TITLES.summary, 1),
    paragraph(
      `Overall score: ${report.overallLine}. Each section’s score is the mean of its rated statements, on a scale of ${report.scaleRange} (${scale}). Statements marked not applicable or not yet rated are left out; a section with nothing rated is shown as not rated, never as zero.`,
    ),
    ...partialNote(report),
    ...(inputs.radarPicture ? [picture(report, inputs.radarPicture), ...key] : []),
    ...nativeChart(report),
    table(
      [52, 12, 18, 18],
      ['Section', 'Score', 'Level', 'Statements rated'],
      report.domains.map((domain) => [`${domain.title}${domain.isPriority ? ' (priority)' : ''}`, domain.score, domain.level || '–', domain.rated]),
    ),
  ];
}
