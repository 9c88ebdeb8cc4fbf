/**
 * The showcase booklet as a PDF: what is working well across the borough, in
 * the schools' own words, by toolkit and section, each passage with the
 * credit its school agreed to. Text is drawn as text, so markup a school
 * typed prints as the characters it typed. Loaded only when someone
 * downloads it.
 */
import { formatDate, todayIsoDate } from '../core/format-date';
import type { ShowcaseBooklet } from '../core/showcase-booklet';
import { finishDocument, startDocument, textOf } from './document';
import { COLOUR, MARGIN, TYPE, contentWidth, ensureSpace, pageBottom, textHeight, writeHeading, writeText, type Pdf } from './layout';

const PASSAGE = { size: 10.5 } as const;
const CREDIT = { size: 9, bold: true, color: COLOUR.secondary } as const;
const RULE = 1.2;
const INDENT = 4;

/** A passage beside a green rule, its credit beneath; kept on one page with its credit when it fits on one. */
function drawPassage(pdf: Pdf, text: string, credit: string): void {
  const { doc, book } = pdf;
  const width = contentWidth(pdf) - INDENT;
  const lines = book.wrap(text, width, PASSAGE);
  const step = book.lineHeight(PASSAGE.size);
  const whole = lines.length * step + book.lineHeight(CREDIT.size) + 2;
  ensureSpace(pdf, Math.min(whole, pageBottom(pdf) - MARGIN.top));
  for (const line of lines) {
    ensureSpace(pdf, step);
    doc.setFillColor(COLOUR.green).rect(MARGIN.side, pdf.y, RULE, step, 'F');
    book.draw(line, MARGIN.side + INDENT, pdf.y + step * 0.78, PASSAGE, { maxWidth: width });
    pdf.y += step;
  }
  pdf.y += 1;
  const creditStep = book.lineHeight(CREDIT.size);
  ensureSpace(pdf, creditStep);
  book.draw(`\u2014 ${credit}`, MARGIN.side + INDENT, pdf.y + creditStep * 0.78, CREDIT, { maxWidth: width });
  pdf.y += creditStep + 5;
}

export async function renderShowcase(booklet: ShowcaseBooklet, createdAt: Date = new Date()): Promise<Blob> {
  const pdf = await startDocument(`${textOf(booklet)}\n\u2014`);
  writeText(pdf, booklet.title, { size: 22, bold: true }, 3);
  writeText(pdf, booklet.intro, { size: 10.5 });
  writeText(pdf, `Made with Reflect on ${formatDate(todayIsoDate(createdAt))}.`, { size: 8.5, color: COLOUR.secondary }, 6);
  for (const toolkit of booklet.toolkits) {
    writeHeading(pdf, toolkit.title, TYPE.section, 40);
    for (const section of toolkit.sections) {
      const first = section.passages[0];
      const keep = first ? Math.min(textHeight(pdf, first.text, PASSAGE, 0) + 8, 40) : 0;
      writeHeading(pdf, section.title, TYPE.heading, keep);
      for (const passage of section.passages) drawPassage(pdf, passage.text, passage.credit);
    }
    pdf.y += 4;
  }
  return finishDocument(pdf, {
    title: booklet.title,
    subject: 'What is working well in schools across the borough, in their own words',
    author: 'Reflect',
    footer: booklet.title,
  });
}
