/**
 * How the team rated, straight after the summary: how many rated, by group
 * (a group too small to stay anonymous only in the total), each section's
 * spread of scores (the band on the summary's radar, in numbers), and what
 * families and pupils said where the kiosk's summary is given. The words
 * are the plan model's, as on the printable page.
 */
import type { PlanReport } from '../../core/plan-report';
import type { PlanTeam, PlanVoice } from '../../core/plan-team';
import { COLOUR, TYPE, contentWidth, currentPage, textHeight, writeHeading, writeText, type Pdf } from '../layout';
import { drawRowTable, rowTableHeight, rowTableStartHeight, type Row, type RowTable } from '../rows';
import type { TextStyle } from '../text/font-book';

const CELL = { size: 8.5 } as const satisfies TextStyle;
const INTRO = { size: 9 } as const satisfies TextStyle;
const NOTE = { size: 8.5, color: COLOUR.secondary } as const satisfies TextStyle;
const SUB_HEADING = { size: 12, bold: true, color: COLOUR.brand } as const satisfies TextStyle;

function groupsTable(team: PlanTeam): RowTable {
  const rows: Row[] = [
    ...team.groups.map((group) => ({ cells: [[{ text: group.title, style: CELL }], [{ text: String(group.respondents), style: CELL }]] })),
    { cells: [[{ text: team.totalLabel, style: { ...CELL, bold: true } }], [{ text: String(team.respondents), style: { ...CELL, bold: true } }]] },
  ];
  return { columnWidths: [70, 36], head: team.groupColumns, rows, look: 'rules', fontSize: 8.5, lineSpacing: 1.2, continued: `${team.title} (continued)` };
}

function sectionsTable(pdf: Pdf, team: PlanTeam): RowTable {
  const fixed = [18, 26, 34, 16];
  return {
    columnWidths: [contentWidth(pdf) - fixed.reduce((sum, width) => sum + width, 0), ...fixed],
    head: team.sectionColumns,
    rows: team.sections.map((section) => ({
      cells: [section.title, section.median, section.middleHalf || '–', section.range || '–', String(section.respondents)].map((text, index) => [{ text, style: index === 0 ? { ...CELL, bold: true } : CELL }]),
    })),
    look: 'rules',
    fontSize: 8.5,
    lineSpacing: 1.2,
    continued: `${team.sectionsCaption} (continued)`,
  };
}

function voiceTable(pdf: Pdf, team: PlanTeam, voice: PlanVoice): RowTable {
  const free = contentWidth(pdf) - 50;
  return {
    columnWidths: [50, free * 0.55, free * 0.45],
    head: team.voiceColumns,
    rows: voice.sections.map((section) => ({
      cells: [[{ text: section.title, style: { ...CELL, bold: true } }], [{ text: section.summary, style: CELL }], [{ text: section.difference || '–', style: section.difference ? CELL : NOTE }]],
    })),
    look: 'rules',
    fontSize: 8.5,
    lineSpacing: 1.2,
    continued: `${voice.heading} (continued)`,
  };
}

/** A sub-heading, its opening sentence and its table, the heading kept with the table's first rows. */
function drawPart(pdf: Pdf, heading: string, intro: string, table: RowTable | null): void {
  writeHeading(pdf, heading, SUB_HEADING, textHeight(pdf, intro, INTRO) + (table ? rowTableStartHeight(pdf, table) : 0));
  writeText(pdf, intro, INTRO);
  if (table) drawRowTable(pdf, table);
  pdf.y += 3;
}

/** Draws the section and returns its page; nothing (null) for one person's audit. */
export function drawTeam(pdf: Pdf, report: PlanReport): number | null {
  const { team } = report;
  if (!team) return null;
  const groups = groupsTable(team);
  const notes = [team.groupsNote, team.names, team.waiting].filter(Boolean);
  // The table of groups is short: it stays whole with its heading and the notes that explain it.
  const notesHeight = notes.reduce((sum, line) => sum + textHeight(pdf, line, NOTE, 1.5), 1.5);
  writeHeading(pdf, team.title, TYPE.section, textHeight(pdf, team.intro, INTRO) + rowTableHeight(pdf, groups) + notesHeight);
  const page = currentPage(pdf);
  writeText(pdf, team.intro, INTRO);
  drawRowTable(pdf, groups);
  pdf.y += 1.5;
  for (const line of notes) writeText(pdf, line, NOTE, 1.5);
  pdf.y += 3;
  drawPart(pdf, team.sectionsCaption, team.sectionsIntro, sectionsTable(pdf, team));
  for (const voice of team.voice) drawPart(pdf, voice.heading, voice.intro, voice.isShown && voice.sections.length > 0 ? voiceTable(pdf, team, voice) : null);
  return page;
}
