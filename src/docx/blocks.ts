/**
 * The Word document's building blocks: paragraphs from plain text (line
 * breaks kept, nothing read as markup) and tables with every width given in
 * twentieths of a point and a fixed layout. LibreOffice and Google Docs
 * draw a table without them wrongly (columns squeezed to their words).
 */
import { HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType, type IRunOptions } from 'docx';

/** A4 (11906 twentieths of a point wide) less margins of 2 cm (1134) on each side. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const COLOUR = { text: '0B0C0C', secondary: '484949', brand: '1D3F5E', border: 'B1B4B6', headFill: 'F3F2F1' } as const;

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for text as typed: each line break a break in the paragraph. docx writes the text escaped, so "<b>" stays "<b>". */
export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, index) => new TextRun({ ...style, text: line, ...(index > 0 ? { break: 1 } : {}) }));
}

export function paragraph(text: string, style: RunStyle = {}, spacingAfter = 120): Paragraph {
  return new Paragraph({ children: runs(text, style), spacing: { after: spacingAfter } });
}

/** "Label: text" as one paragraph, the label bold. */
export function labelled(label: string, text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ ...style, text: `${label} `, bold: true }), ...runs(text, style)], spacing: { after: 120 } });
}

export function heading(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({ text, heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, keepNext: true });
}

/** A cell's content: plain text, or paragraphs already made. */
export type CellContent = string | Paragraph[];

const CELL_MARGIN = { top: 60, bottom: 60, left: 100, right: 100 } as const;
const BORDER = { style: 'single', size: 4, color: COLOUR.border } as const;

function cell(content: CellContent, width: number, isHead: boolean, span = 1): TableCell {
  const children = typeof content === 'string' ? [new Paragraph({ children: runs(content, { size: 18, bold: isHead }) })] : content;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(span > 1 ? { columnSpan: span } : {}),
    margins: CELL_MARGIN,
    children: children.length > 0 ? children : [new Paragraph({})],
    ...(isHead ? { shading: { type: 'clear', color: 'auto', fill: COLOUR.headFill } } : {}),
  });
}

/** A row whose cells span columns (each as many as `spans` says), its width the sum of theirs. */
export interface SpanningRow {
  cells: readonly CellContent[];
  spans: readonly number[];
}

function bodyRow(row: readonly CellContent[] | SpanningRow, widths: readonly number[]): TableRow {
  if (!('spans' in row)) return new TableRow({ children: row.map((content, index) => cell(content, widths[index]!, false)) });
  let column = 0;
  const children = row.cells.map((content, index) => {
    const span = row.spans[index] ?? 1;
    const width = widths.slice(column, column + span).reduce((sum, value) => sum + value, 0);
    column += span;
    return cell(content, width, false, span);
  });
  return new TableRow({ children });
}

/**
 * A table across the page: `shares` divide CONTENT_WIDTH between the columns
 * (rounded to whole twentieths, the last column taking what is left so that
 * they add up exactly). The heading row repeats on every page it runs onto.
 */
export function table(shares: readonly number[], head: readonly string[], rows: readonly (readonly CellContent[] | SpanningRow)[]): Table {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((CONTENT_WIDTH * share) / total));
  widths[widths.length - 1]! += CONTENT_WIDTH - widths.reduce((sum, width) => sum + width, 0);
  return new Table({
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((text, index) => cell(text, widths[index]!, true)) }),
      ...rows.map((row) => bodyRow(row, widths)),
    ],
  });
}

/** Cell paragraphs in the table's size, for cells with more than one line of content. */
export function cellParagraph(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: runs(text, { size: 18, ...style }) });
}
