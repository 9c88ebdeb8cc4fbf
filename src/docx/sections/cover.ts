/** The first page: whose plan this is, from which self-evaluation (a quick review says so), against which toolkit and version, and who took part. */
import { Paragraph, HeadingLevel, TextRun, PageBreak } from 'docx';
import { coverDetails, type PlanReport } from '../../core/plan-report';
import { COLOUR, paragraph, runs, table } from '../blocks';

export function partialNote(report: PlanReport): Paragraph[] {
  if (!report.partialNote) return [];
  return [paragraph(`${report.partialNote}. The scores rest only on the statements rated so far.`, { bold: true })];
}

export function cover(report: PlanReport, createdOn: string): (Paragraph | ReturnType<typeof table>)[] {
  const details: [string, string][] = [
    ['School', report.school],
    ...coverDetails(report).flatMap((detail): [string, string][] =>
      // Word keeps the toolkit's version beside its title: an officer editing the plan may need to trace it.
      detail[0] === 'Toolkit' ? [detail, ['Toolkit version', report.toolkitVersion]] : [detail],
    ),
    ['Document created', createdOn],
  ];
  return [
    new Paragraph({ children: [new TextRun({ text: 'DEVELOPMENT PLAN', bold: true, color: COLOUR.brand, size: 20 })], spacing: { after: 120 } }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(report.school) }),
    paragraph(report.toolkitTitle, { size: 30, color: COLOUR.brand }, 360),
    table([3, 7], ['Detail', 'Value'], details.map(([label, value]) => [label, value])),
    new Paragraph({ spacing: { after: 120 } }),
    ...partialNote(report),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}
