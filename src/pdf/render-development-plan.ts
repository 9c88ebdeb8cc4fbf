/**
 * Lays out the development plan with jsPDF. Loaded only when someone exports,
 * so jsPDF never weighs on the first visit.
 */
import { jsPDF } from 'jspdf';
import type { PlanReport } from '../core/plan-report';
import { formatIsoDate } from '../lib/format-date';

const MARGIN = 20;
const PAGE_WIDTH = 210;
const LINE = 6;

export function renderDevelopmentPlan(report: PlanReport): Blob {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  doc.setProperties({
    title: `${report.school}: ${report.toolkitTitle} development plan`,
    subject: report.auditTitle,
    author: report.school,
    creator: 'Reflect',
  });
  doc.setLanguage('en-GB');

  let y = MARGIN + 10;
  const write = (text: string, size: number, style: 'normal' | 'bold' = 'normal') => {
    doc.setFont('helvetica', style).setFontSize(size);
    const lines = doc.splitTextToSize(text, PAGE_WIDTH - 2 * MARGIN) as string[];
    doc.text(lines, MARGIN, y);
    y += lines.length * size * 0.45 + 2;
  };

  write(report.school, 22, 'bold');
  write(`${report.toolkitTitle}: development plan`, 16);
  write(`${report.auditTitle}, ${formatIsoDate(report.date)}`, 12);
  write(`Toolkit version ${report.toolkitVersion}`, 10);
  if (report.participants) write(`Who took part: ${report.participants}`, 10);
  y += LINE;

  write('Domain scores', 14, 'bold');
  write(`Overall score: ${report.overall}`, 11);
  y += 2;
  for (const domain of report.domains) {
    write(domain.title, 11, 'bold');
    write(`Score ${domain.score}${domain.level ? ` (${domain.level})` : ''}; ${domain.rated} indicators rated`, 10);
  }
  return doc.output('blob');
}
