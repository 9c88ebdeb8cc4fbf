/**
 * jspdf-autotable does the work for short tables such as the summary's
 * scores (column widths, row heights, page breaks, a header repeated on
 * every page); our FontBook does the text, so
 * that every script in a cell is measured, wrapped and drawn in a font that
 * has it. Autotable is told to wrap with our FontBook and not to draw the
 * text itself; each cell's lines are drawn once the cell is.
 */
import { autoTable, type CellHookData, type RowInput, type Styles } from 'jspdf-autotable';
import { COLOUR, MARGIN, FOOTER_SPACE, type Pdf } from './layout';
import { LINE_HEIGHT } from './text/font-book';

const POINT = 25.4 / 72;
const REGULAR_FONT = 'noto-sans-latin-400';
const BOLD_FONT = 'noto-sans-latin-700';

export interface TableOptions {
  head: string[];
  body: RowInput[];
  columnWidths: number[];
  fontSize?: number;
}

function toHex(color: Styles['textColor']): string {
  if (typeof color === 'string') return color;
  if (typeof color === 'number') return `#${color.toString(16).padStart(2, '0').repeat(3)}`;
  if (Array.isArray(color)) return `#${color.map((part) => Number(part).toString(16).padStart(2, '0')).join('')}`;
  return COLOUR.text;
}

function isBoldCell(data: CellHookData): boolean {
  return data.cell.styles.font === BOLD_FONT;
}

/** The first baseline of a cell's text and the step between lines. */
function cellLines(data: CellHookData): { x: number; y: number; step: number; width: number } {
  const size = data.cell.styles.fontSize * POINT;
  return {
    x: data.cell.x + data.cell.padding('left'),
    y: data.cell.y + data.cell.padding('top') + size * 0.95,
    step: size * LINE_HEIGHT,
    width: data.cell.width - data.cell.padding('horizontal'),
  };
}

const PADDING = { top: 1.6, bottom: 1.6, left: 2, right: 2 };

export function drawTable(pdf: Pdf, options: TableOptions): void {
  const { doc, book } = pdf;
  const pending = new WeakMap<object, string[]>();
  const fontSize = options.fontSize ?? 9;
  doc.setLineHeightFactor(LINE_HEIGHT);
  autoTable(doc, {
    startY: pdf.y,
    margin: { top: MARGIN.top, bottom: MARGIN.bottom + FOOTER_SPACE, left: MARGIN.side, right: MARGIN.side },
    head: [options.head],
    body: options.body,
    theme: 'grid',
    showHead: 'everyPage',
    rowPageBreak: 'avoid',
    styles: {
      font: REGULAR_FONT,
      fontStyle: 'normal',
      fontSize,
      textColor: COLOUR.text,
      lineColor: COLOUR.border,
      lineWidth: 0.2,
      cellPadding: PADDING,
      valign: 'top',
      overflow: (text, width) => book.wrap(Array.isArray(text) ? text.join('\n') : text, width, { size: doc.getFontSize(), bold: doc.getFont().fontName === BOLD_FONT }),
    },
    headStyles: { font: BOLD_FONT, fillColor: COLOUR.brand, textColor: '#ffffff', lineColor: COLOUR.brand },
    columnStyles: Object.fromEntries(options.columnWidths.map((width, index) => [index, { cellWidth: width }])),
    willDrawCell: (data) => {
      pending.set(data.cell, data.cell.text);
      data.cell.text = [];
    },
    didDrawCell: (data) => {
      const lines = pending.get(data.cell) ?? [];
      // Put the text back: header cells are drawn again on every page.
      data.cell.text = lines;
      const { x, y, step, width } = cellLines(data);
      const style = { size: data.cell.styles.fontSize, bold: isBoldCell(data), color: toHex(data.cell.styles.textColor) };
      lines.forEach((line, index) => book.draw(line, x, y + index * step, style, { maxWidth: width }));
    },
  });
  pdf.y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 6;
}
