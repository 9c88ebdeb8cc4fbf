/**
 * How the team rated, as the PDF gives it: how many rated by group (a group
 * too small to stay anonymous only in the total, as the plan model already
 * has it), each section's spread of scores, and what families and pupils said.
 */
import type { Paragraph, Table } from 'docx';
import type { PlanReport } from '../../core/plan-report';
import { cellParagraph, heading, paragraph, table } from '../blocks';

export function team(report: PlanReport): (Paragraph | Table)[] {
  const { team } = report;
  if (!team) return [];
  const notes = [team.groupsNote, team.names, team.waiting].filter(Boolean);
  return [
    heading(team.title, 1),
    paragraph(team.intro),
    table([70, 30], team.groupColumns, [
      ...team.groups.map((group) => [group.title, String(group.respondents)]),
      [[cellParagraph(team.totalLabel, { bold: true })], [cellParagraph(String(team.respondents), { bold: true })]],
    ]),
    ...notes.map((note) => paragraph(note, { size: 18 })),
    heading(team.sectionsCaption, 2),
    paragraph(team.sectionsIntro),
    table(
      [40, 14, 18, 14, 14],
      team.sectionColumns,
      team.sections.map((section) => [section.title, section.median, section.middleHalf || '–', section.range || '–', String(section.respondents)]),
    ),
    ...team.voice.flatMap((voice) => [
      heading(voice.heading, 2),
      paragraph(voice.intro),
      ...(voice.isShown && voice.sections.length > 0
        ? [table([25, 42, 33], team.voiceColumns, voice.sections.map((section) => [section.title, section.summary, section.difference || '–']))]
        : []),
    ]),
  ];
}
