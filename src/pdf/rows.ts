/**
 * Tables laid out row by row, for the action plan and the findings. Unlike
 * jspdf-autotable, every row's height is known before it is drawn, so a row
 * is never split, a group's title row always has its first row beneath it,
 * and a heading drawn just before the table keeps the table's first rows
 * with it on its page. The column headings are drawn again at the top of
 * every page the table runs onto.
 */
import { COLOUR, MARGIN, contentWidth, newPage, pageBottom, type Pdf } from './layout';
import { LINE_HEIGHT, type TextStyle } from './text/font-book';

/** A run of text in a cell, wrapped to the column; a lead-in ("How do we know?") starts its first line in its own style. */
export interface Paragraph {
  text: string;
  style: TextStyle;
  lead?: { text: string; style: TextStyle };
  /** Drawn as a tag: a filled box behind the (one-line) text. */
  tag?: { fill: string };
  /** Space above the paragraph, in mm, when it is not the first in its cell. */
  gapBefore?: number;
}

export interface Row {
  /** One list of paragraphs per column; a group row has a single cell that spans them all. */
  cells: Paragraph[][];
  isGroup?: boolean;
  /** How many columns each cell spans, one each unless given (an action's reviews, under all but its number). */
  spans?: number[];
  /** Starts on the same page as the row after it (an action and the first lines of its reviews). */
  keepWithNext?: boolean;
  /** Called as the row is drawn, so the caller learns the page it landed on. */
  onDraw?: () => void;
}

export interface RowTable {
  columnWidths: number[];
  /** Column headings; none for a list whose columns explain themselves. */
  head: string[];
  rows: Row[];
  /** Grid: ruled cells under a dark header band. Rules: lines between rows only, for lists of statements. */
  look: 'grid' | 'rules';
  fontSize: number;
  /** Line spacing inside cells, as a multiple of the font size: a little tighter than running text suits short cells. */
  lineSpacing?: number;
  /** A line drawn above the header on each later page ("Leadership (continued)"), so a reader knows where they are. */
  continued?: string;
}

const PADDING = { x: 1.8, y: 1.1 } as const;
const POINT = 25.4 / 72;

const stepOf = (table: RowTable, size: number) => size * POINT * (table.lineSpacing ?? LINE_HEIGHT);

interface Line {
  text: string;
  style: TextStyle;
  lead?: { text: string; style: TextStyle };
  tag?: { fill: string };
  /** Offset of the line's baseline from the top of the cell's text, and the line's height. */
  y: number;
  step: number;
}

interface LaidRow {
  row: Row;
  cells: Line[][];
  height: number;
}

function layCell(pdf: Pdf, table: RowTable, paragraphs: readonly Paragraph[], width: number): { lines: Line[]; height: number } {
  const { book } = pdf;
  const lines: Line[] = [];
  let y = 0;
  paragraphs.forEach((paragraph, index) => {
    if (index > 0) y += paragraph.gapBefore ?? 0;
    const step = stepOf(table, paragraph.style.size);
    const leadWidth = paragraph.lead ? book.width(`${paragraph.lead.text} `, paragraph.lead.style) : 0;
    book.wrap(paragraph.text, width, paragraph.style, width - leadWidth).forEach((text, lineIndex) => {
      lines.push({ text, style: paragraph.style, lead: lineIndex === 0 ? paragraph.lead : undefined, tag: paragraph.tag, y: y + step * 0.78, step });
      y += step;
    });
  });
  return { lines, height: y };
}

/** The width of each of the row's cells: all columns for a group, or as many as each cell spans. */
function cellWidths(table: RowTable, row: Row): number[] {
  if (row.isGroup) return [table.columnWidths.reduce((sum, width) => sum + width, 0)];
  if (!row.spans) return table.columnWidths;
  let column = 0;
  return row.spans.map((span) => {
    const width = table.columnWidths.slice(column, column + span).reduce((sum, value) => sum + value, 0);
    column += span;
    return width;
  });
}

function layRow(pdf: Pdf, table: RowTable, row: Row): LaidRow {
  const widths = cellWidths(table, row);
  const cells = row.cells.map((paragraphs, index) => layCell(pdf, table, paragraphs, widths[index]! - 2 * PADDING.x));
  return { row, cells: cells.map((cell) => cell.lines), height: Math.max(0, ...cells.map((cell) => cell.height)) + 2 * PADDING.y };
}

function headStyle(table: RowTable): TextStyle {
  return { size: table.fontSize, bold: true, color: table.look === 'grid' ? '#ffffff' : COLOUR.secondary };
}

function headHeight(pdf: Pdf, table: RowTable): number {
  if (table.head.length === 0) return 0;
  return Math.max(...table.head.map((text, index) => pdf.book.wrap(text, table.columnWidths[index]! - 2 * PADDING.x, headStyle(table)).length)) * stepOf(table, table.fontSize) + 2 * PADDING.y;
}

function drawLines(pdf: Pdf, lines: readonly Line[], x: number, top: number, width: number): void {
  const { doc, book } = pdf;
  for (const line of lines) {
    let left = x;
    if (line.lead) {
      book.draw(line.lead.text, left, top + line.y, line.lead.style);
      left += book.width(`${line.lead.text} `, line.lead.style);
    }
    if (line.tag) {
      doc.setFillColor(line.tag.fill).rect(left - 0.6, top + line.y - line.step * 0.72, book.width(line.text, line.style) + 2.4, line.step * 0.95, 'F');
      left += 0.6;
    }
    book.draw(line.text, left, top + line.y, line.style, { maxWidth: width - (left - x) });
  }
}

function drawHead(pdf: Pdf, table: RowTable): void {
  if (table.head.length === 0) return;
  const { doc } = pdf;
  const height = headHeight(pdf, table);
  const width = table.columnWidths.reduce((sum, value) => sum + value, 0);
  if (table.look === 'grid') doc.setFillColor(COLOUR.brand).rect(MARGIN.side, pdf.y, width, height, 'F');
  let x = MARGIN.side;
  table.head.forEach((text, index) => {
    const columnWidth = table.columnWidths[index]!;
    const lines = pdf.book.wrap(text, columnWidth - 2 * PADDING.x, headStyle(table)).map((line, lineIndex) => ({ text: line, style: headStyle(table), y: stepOf(table, table.fontSize) * (lineIndex + 0.78), step: stepOf(table, table.fontSize) }));
    drawLines(pdf, lines, x + PADDING.x, pdf.y + PADDING.y, columnWidth - 2 * PADDING.x);
    x += columnWidth;
  });
  if (table.look === 'rules') doc.setDrawColor(COLOUR.text).setLineWidth(0.3).line(MARGIN.side, pdf.y + height, MARGIN.side + width, pdf.y + height);
  pdf.y += height;
}

function drawRow(pdf: Pdf, table: RowTable, laid: LaidRow): void {
  const { doc } = pdf;
  laid.row.onDraw?.();
  const total = table.columnWidths.reduce((sum, value) => sum + value, 0);
  const widths = cellWidths(table, laid.row);
  if (laid.row.isGroup) doc.setFillColor(COLOUR.panel).rect(MARGIN.side, pdf.y, total, laid.height, 'F');
  let x = MARGIN.side;
  laid.cells.forEach((lines, index) => {
    const width = widths[index]!;
    if (table.look === 'grid') doc.setDrawColor(COLOUR.border).setLineWidth(0.2).rect(x, pdf.y, width, laid.height, 'S');
    drawLines(pdf, lines, x + PADDING.x, pdf.y + PADDING.y, width - 2 * PADDING.x);
    x += width;
  });
  if (table.look === 'rules') doc.setDrawColor(COLOUR.border).setLineWidth(0.2).line(MARGIN.side, pdf.y + laid.height, MARGIN.side + total, pdf.y + laid.height);
  pdf.y += laid.height;
}

/**
 * The room a row needs at the foot of a page: a group's title row goes onto
 * the next page with the row it names, and a row kept with the next (an
 * action with its reviews) with that row too.
 */
function neededHeight(laid: readonly LaidRow[], index: number): number {
  const row = laid[index]!;
  const next = laid[index + 1];
  return row.height + (next && (row.row.isGroup || row.row.keepWithNext) ? neededHeight(laid, index + 1) : 0);
}

/** How much of the table must share a page with a heading above it: the header and the first row, with what it keeps (a group's title its first row, an action its reviews). */
export function rowTableStartHeight(pdf: Pdf, table: RowTable): number {
  const laid: LaidRow[] = [];
  for (const row of table.rows) {
    laid.push(layRow(pdf, table, row));
    if (!row.isGroup && !row.keepWithNext) break;
  }
  return headHeight(pdf, table) + (laid.length > 0 ? neededHeight(laid, 0) : 0);
}

/** The height of the whole table, header included, were it drawn on one page. */
export function rowTableHeight(pdf: Pdf, table: RowTable): number {
  return headHeight(pdf, table) + table.rows.reduce((sum, row) => sum + layRow(pdf, table, row).height, 0);
}

/**
 * A row too tall for a whole page (an action someone wrote pages about) is
 * cut between lines: what fits in `room`, and the rest as a row of its own;
 * null when every line fits after all.
 */
function splitRow(laid: LaidRow, room: number): [LaidRow, LaidRow] | null {
  const limit = room - 2 * PADDING.y;
  const fits = (line: Line) => line.y + line.step * 0.22 <= limit;
  const overflow = laid.cells.flat().filter((line) => !fits(line));
  if (overflow.length === 0) return null;
  // The rest starts at the top of its first line.
  const offset = Math.min(...overflow.map((line) => line.y - line.step * 0.78));
  return [
    { ...laid, cells: laid.cells.map((lines) => lines.filter(fits)), height: room },
    { ...laid, cells: laid.cells.map((lines) => lines.filter((line) => !fits(line)).map((line) => ({ ...line, y: line.y - offset }))), height: laid.height - offset },
  ];
}

function startNextPage(pdf: Pdf, table: RowTable): void {
  newPage(pdf);
  if (table.continued) {
    const style = { size: table.fontSize, color: COLOUR.secondary };
    pdf.book.draw(table.continued, MARGIN.side, pdf.y + pdf.book.lineHeight(style.size) * 0.78, style, { maxWidth: contentWidth(pdf) });
    pdf.y += pdf.book.lineHeight(style.size) + 1;
  }
  drawHead(pdf, table);
}

/** Draws the table from the cursor; the caller has kept its start with whatever heading precedes it. */
export function drawRowTable(pdf: Pdf, table: RowTable): void {
  const laid = table.rows.map((row) => layRow(pdf, table, row));
  if (pdf.y + rowTableStartHeight(pdf, table) > pageBottom(pdf)) startNextPage(pdf, table);
  else drawHead(pdf, table);
  laid.forEach((first, index) => {
    let row = first;
    const needed = neededHeight(laid, index);
    // A row kept with the one before never moves away from it: what does not fit runs onto the next page.
    const isKept = laid[index - 1]?.row.keepWithNext === true;
    if (!isKept && pdf.y + needed > pageBottom(pdf)) startNextPage(pdf, table);
    while (pdf.y + row.height > pageBottom(pdf)) {
      const parts = splitRow(row, pageBottom(pdf) - pdf.y);
      if (!parts) break;
      drawRow(pdf, table, parts[0]);
      startNextPage(pdf, table);
      row = parts[1];
    }
    drawRow(pdf, table, row);
  });
}
