/**
 * The borough roll-up of one toolkit as a PDF: what the page shows, in the
 * same words (rollup-text.ts), with the radar drawn as vector lines from the
 * same figures. Names no school. Loaded only when someone downloads it.
 */
import type { ToolkitRollup } from '../core/borough-rollup';
import { formatDate, todayIsoDate } from '../core/format-date';
import {
  BELOW_COLUMNS,
  CHANGE_COLUMNS,
  LEGAL_COLUMNS,
  ROLLUP_KEY,
  ROLLUP_TITLES,
  SECTION_COLUMNS,
  THRESHOLD_TEXT,
  TOP_STATEMENTS,
  belowIntro,
  changeCells,
  changeIntro,
  describeRollupScope,
  hiddenDutiesText,
  hiddenStatementsText,
  sectionCells,
  shareText,
  suppressionText,
} from '../core/rollup-text';
import { finishDocument, startDocument, textOf } from './document';
import { COLOUR, MARGIN, TYPE, contentWidth, textHeight, writeHeading, writeText, type Pdf } from './layout';
import { drawRowTable, rowTableStartHeight, type RowTable } from './rows';
import { drawKey, drawRadar, placeRadarLabels, type RadarChartInput } from './sections/radar';

const CELL = { size: 8.5 } as const;
const SMALL = { size: 8, color: COLOUR.secondary } as const;
const INTRO = { size: 9.5 } as const;
const RADIUS = 32;

function table(head: readonly string[], rows: readonly (readonly string[])[], widths: number[]): RowTable {
  return {
    columnWidths: widths,
    head: [...head],
    rows: rows.map((cells) => ({ cells: cells.map((text, index) => [{ text, style: index === 0 ? CELL : SMALL }]) })),
    look: 'rules',
    fontSize: 8.5,
    lineSpacing: 1.25,
  };
}

function section(pdf: Pdf, title: string, intro: string, body: RowTable | null, after: string | null = null): void {
  writeHeading(pdf, title, TYPE.heading, textHeight(pdf, intro, INTRO) + (body ? rowTableStartHeight(pdf, body) : 0));
  writeText(pdf, intro, INTRO);
  if (body) drawRowTable(pdf, body);
  if (after) writeText(pdf, after, SMALL);
  pdf.y += 4;
}

function drawChart(pdf: Pdf, rollup: ToolkitRollup): void {
  const chart: RadarChartInput = {
    axes: rollup.sections.map((item) => ({ label: item.shortTitle, score: item.band?.median ?? null })),
    levels: rollup.toolkit.levels.map((level) => level.value),
    bands: rollup.sections.map((item) => item.band),
  };
  const labels = placeRadarLabels(pdf, chart, RADIUS);
  const centreY = pdf.y + Math.max(RADIUS + 12, -Math.min(...labels.map((label) => label.top)) + 1);
  drawRadar(pdf, chart, MARGIN.side + contentWidth(pdf) / 2, centreY, RADIUS);
  pdf.y = centreY + Math.max(RADIUS + 14, Math.max(...labels.map((label) => label.bottom)) + 4);
  pdf.y += drawKey(pdf, ROLLUP_KEY, MARGIN.side + contentWidth(pdf) / 2, pdf.y - 4) + 2;
}

export async function renderRollup(rollup: ToolkitRollup, createdAt: Date = new Date()): Promise<Blob> {
  const pdf = await startDocument(`${textOf(rollup)}\n${textOf(ROLLUP_TITLES)} ${THRESHOLD_TEXT}`);
  const width = contentWidth(pdf);
  const title = `${rollup.toolkit.title}: across the borough`;
  writeText(pdf, title, { size: 20, bold: true }, 2);
  writeText(pdf, `${describeRollupScope(rollup)} Made with Reflect on ${formatDate(todayIsoDate(createdAt))}.`, INTRO);
  writeText(pdf, THRESHOLD_TEXT, INTRO, 5);

  const suppressed = suppressionText(rollup);
  if (suppressed) {
    writeText(pdf, suppressed, { size: 11, bold: true });
  } else {
    writeHeading(pdf, ROLLUP_TITLES.sections, TYPE.heading, 90);
    drawChart(pdf, rollup);
    drawRowTable(pdf, table(SECTION_COLUMNS, rollup.sections.map((item) => sectionCells(rollup, item)), [width - 108, 18, 34, 28, 28]));
    pdf.y += 4;
    const below = rollup.belowMiddle.slice(0, TOP_STATEMENTS).map((row) => [row.statement, row.sectionTitle, shareText(row.below, row.schools)]);
    section(pdf, ROLLUP_TITLES.below, belowIntro(rollup), below.length > 0 ? table(BELOW_COLUMNS, below, [width - 90, 52, 38]) : null, hiddenStatementsText(rollup));
    if (rollup.legal.length > 0 || rollup.dutiesHidden > 0) {
      const legal = rollup.legal.map((row) => [row.duty, row.sectionTitle, shareText(row.notMet, row.schools)]);
      section(pdf, ROLLUP_TITLES.legal, 'Each legal requirement, by how many of the schools that rated it do not meet it.', legal.length > 0 ? table(LEGAL_COLUMNS, legal, [width - 90, 52, 38]) : null, hiddenDutiesText(rollup));
    }
    const change = rollup.change.isShown ? table(CHANGE_COLUMNS, rollup.change.sections.map(changeCells), [width - 96, 18, 26, 26, 26]) : null;
    section(pdf, ROLLUP_TITLES.change, changeIntro(rollup), change);
  }
  return finishDocument(pdf, {
    title,
    subject: `The borough roll-up of schools’ summaries of ${rollup.toolkit.title}, version ${rollup.toolkit.version}`,
    author: 'Reflect',
    footer: `${rollup.toolkit.title} ${rollup.toolkit.version}: across the borough`,
  });
}
