/**
 * The development plan as a Word document, for local authorities who edit
 * it: real headings (Heading 1 for each part, Heading 2 within), tables with
 * fixed widths, the radar as a picture and as Word's own chart, the title
 * and language (en-GB) set. Loaded only when someone exports, so the docx
 * library never weighs on the first visit. The parts are the PDF's, in the
 * PDF's order, from the same plan model.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { formatDate, todayIsoDate } from '../core/format-date';
import type { PlanRenderInputs } from '../core/plan-renderer';
import type { PlanReport } from '../core/plan-report';
import { COLOUR, PAGE, paragraph } from './blocks';
import { actionPlan, progressChecks } from './sections/action-plan';
import { cover } from './sections/cover';
import { findings } from './sections/findings';
import { inspectionAreas, legalRequirements } from './sections/legal-and-areas';
import { summary } from './sections/summary';
import { team } from './sections/team';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

function footer(report: PlanReport): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.LEFT,
        children: [
          new TextRun({ text: `${report.school}: ${report.toolkitTitle} development plan. Page `, size: 16, color: COLOUR.secondary }),
          new TextRun({ children: [PageNumber.CURRENT], size: 16, color: COLOUR.secondary }),
          new TextRun({ text: ' of ', size: 16, color: COLOUR.secondary }),
          new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 16, color: COLOUR.secondary }),
        ],
      }),
    ],
  });
}

export function buildDocument(report: PlanReport, inputs: PlanRenderInputs = {}, createdAt: Date = new Date()): Document {
  // The day as the person exporting sees it, not the day in Greenwich.
  const createdOn = formatDate(todayIsoDate(createdAt));
  return new Document({
    title: `${report.school}: ${report.toolkitTitle} development plan`,
    subject: `Development plan from the self-evaluation "${report.auditTitle}", ${report.dateText}`,
    creator: report.school,
    lastModifiedBy: report.school,
    keywords: 'development plan, school self-evaluation',
    description: `Made with Reflect on ${createdOn}`,
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 21, language: { value: 'en-GB' }, color: COLOUR.text } },
        heading1: { run: { font: 'Arial', size: 32, bold: true, color: COLOUR.brand }, paragraph: { spacing: { before: 360, after: 160 } } },
        heading2: { run: { font: 'Arial', size: 26, bold: true, color: COLOUR.brand }, paragraph: { spacing: { before: 280, after: 120 } } },
        title: { run: { font: 'Arial', size: 52, bold: true, color: COLOUR.brand }, paragraph: { spacing: { after: 120 } } },
      },
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin } } },
        footers: { default: footer(report) },
        children: [
          ...cover(report, createdOn),
          ...summary(report, inputs),
          ...team(report),
          ...legalRequirements(report),
          ...actionPlan(report),
          ...findings(report),
          ...inspectionAreas(report),
          ...progressChecks(report),
          paragraph(
            `Made with Reflect on ${createdOn}, from the self-evaluation “${report.auditTitle}” against the toolkit “${report.toolkitTitle}” (version ${report.toolkitVersion}).`,
            { size: 16, color: COLOUR.secondary },
          ),
        ],
      },
    ],
  });
}

/** The .docx file's bytes: an ArrayBuffer works alike in the browser and in Node. */
export async function renderWordPlan(report: PlanReport, inputs: PlanRenderInputs = {}, createdAt: Date = new Date()): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(report, inputs, createdAt)));
}
