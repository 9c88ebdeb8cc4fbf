/**
 * Findings by section: each section under a Heading 2 with its score, what is
 * working well and what would make it even better, then each statement's
 * rating (for a team: the level that stands and why, how many chose each
 * level, and whether views differ), with the evidence notes unless left out.
 */
import type { Paragraph, Table } from 'docx';
import type { PlanReport, PlanReportIndicator } from '../../core/plan-report';
import { EVIDENCE_LEAD, PLAN_SECTION_TITLES } from '../../core/plan-section-titles';
import { COLOUR, cellParagraph, heading, labelled, paragraph, table, type CellContent } from '../blocks';

function ratingCell(report: PlanReport, indicator: PlanReportIndicator): CellContent {
  const { team } = indicator;
  if (!team || !report.team) return [cellParagraph(indicator.rating, { bold: true })];
  return [
    cellParagraph(team.reason ? `${team.head} — ${team.reason}` : team.head, { bold: !team.reason }),
    cellParagraph(team.distribution, { color: COLOUR.secondary }),
    ...(team.isDisagreement ? [cellParagraph(report.team.disagreementLabel, { bold: true })] : []),
  ];
}

function evidenceCell(indicator: PlanReportIndicator): CellContent {
  return indicator.evidence ? indicator.evidence : [cellParagraph('No note written.', { color: COLOUR.secondary })];
}

export function findings(report: PlanReport): (Paragraph | Table)[] {
  const about = report.includesEvidence
    ? `What the team found in each section: strengths first, then what would make it even better, then each statement’s rating with the evidence for it (“${EVIDENCE_LEAD}”).`
    : 'What the team found in each section: strengths first, then what would make it even better, then each statement’s rating. The evidence notes are left out of this copy.';
  const ratingHead = report.team?.ratingColumn ?? 'Rating';
  // A team's rating says more, so its column is wider.
  const shares = report.includesEvidence ? (report.team ? [40, 32, 28] : [44, 38, 18]) : report.team ? [62, 38] : [80, 20];
  return [
    heading(PLAN_SECTION_TITLES.findings, 1),
    paragraph(report.team ? `${about} ${report.team.statementsIntro}` : about),
    ...report.domains.flatMap((domain, index) => [
      heading(`${index + 1}. ${domain.title}`, 2),
      paragraph(`${domain.isPriority ? 'Priority section. ' : ''}${domain.scoreLine}.`, { color: COLOUR.secondary }),
      labelled('What is working well:', domain.workingWell || 'Nothing written yet.'),
      labelled('Even better if:', domain.evenBetterIf || 'Nothing written yet.'),
      table(
        shares,
        report.includesEvidence ? ['Statement', EVIDENCE_LEAD, ratingHead] : ['Statement', ratingHead],
        domain.indicators.map((indicator) => [indicator.statement, ...(report.includesEvidence ? [evidenceCell(indicator)] : []), ratingCell(report, indicator)]),
      ),
    ]),
  ];
}
