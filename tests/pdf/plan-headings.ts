/** The headings the plan's PDF draws, and a check that no page of it ends with one. */
import type { PlanReport } from '../../src/core/plan-report';

export function headingsOf(report: PlanReport): string[] {
  return [
    'Summary',
    'Legal requirements',
    'Action plan',
    'Findings by section',
    'Evidence for Ofsted’s evaluation areas',
    'Progress checks',
    ...report.domains.map((domain, index) => `${index + 1}. ${domain.title}`),
    ...report.actionGroups.map((group) => (group.isPriority ? `Priority: ${group.title}` : group.title)),
    ...(report.team ? [report.team.title, report.team.sectionsCaption, ...report.team.voice.map((voice) => voice.heading)] : []),
  ];
}

/** Column headings of the tables (the first words of their header rows, as pdftotext lays them out). */
const TABLE_HEADS = [
  /^No\.\s+Action\s+Success measure/,
  /^Statement(\s+How do we know\?)?\s+(Rating|The team’s rating)$/,
  /^Group\s+People who rated$/,
  /^Section\s+Median\s+Middle half/,
  /^Section\s+What they said\s+Compared with staff$/,
  /^When\s+Who checks progress/,
  /^Section\s+Score\s+Level/,
  /^Duty\s+Source\s+State$/,
  /^Evaluation area\s+Sections that inform it/,
];

/** A page's lines of text, without blank lines and the running footer. */
export function linesOf(page: string): string[] {
  return page
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/Page \d+ of \d+$/.test(line));
}

/** The last line of text on the page when it is a heading or a table's header row, else null. */
export function headingLeftAlone(page: string, headings: readonly string[]): string | null {
  const last = linesOf(page).at(-1) ?? '';
  // A wrapped header row ends with its second line ("date   progress"): look at the two last lines.
  const lastTwo = linesOf(page).slice(-2).join(' ');
  // A section's heading may have its score beside it on the same line.
  const isHeading = (heading: string) => last === heading || (last.startsWith(`${heading} `) && /^(Priority section\. )?(Score|Not rated)/.test(last.slice(heading.length).trim()));
  if (headings.some(isHeading)) return last;
  if (TABLE_HEADS.some((head) => head.test(last) || head.test(lastTwo))) return last;
  return null;
}
