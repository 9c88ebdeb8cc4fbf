/**
 * Measures, wraps and draws text in a jsPDF document across several fonts
 * (see runs.ts). Everything the PDF writes goes through here, so every
 * character is either shown or listed as missing.
 */
import type { jsPDF } from 'jspdf';
import type { LoadedFace } from '../fonts/load-fonts';
import { cleanText, isRightToLeftParagraph, splitRuns, type TextRun } from './runs';

export interface TextStyle {
  size: number;
  bold?: boolean;
  /** Hex colour such as #0b0c0c. */
  color?: string;
}

export interface DrawOptions {
  align?: 'left' | 'center' | 'right';
  /** The width of the box the text sits in; right-to-left paragraphs align to its right edge. */
  maxWidth?: number;
}

/** Ends a line that had to be shortened, so that the cut shows. */
export const ELLIPSIS = '\u2026';

/** Line spacing as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;
const POINT = 25.4 / 72;

/**
 * Each face's width of each piece of text measured, at a font size of 1, for
 * the rest of the visit: a face's metrics never change, and the next export
 * measures mostly the same words again. Emptied when it grows past
 * WIDTHS_KEPT, so a long visit cannot fill memory with it.
 */
const unitWidths = new Map<string, number>();
const WIDTHS_KEPT = 100_000;

/** A single Chinese, Japanese or Korean character is a word of its own when wrapping. */
const TOKEN = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]|[^\s\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]+\s*|\s+/gu;

export class FontBook {
  /** Characters that no loaded font could show; each appears as U+FFFD. */
  readonly missing = new Set<string>();
  private readonly doc: jsPDF;
  private readonly regular: LoadedFace[];
  private readonly bold: LoadedFace[];
  private readonly pieceWidths = new Map<string, number>();
  private readonly runsOf = new Map<string, TextRun[]>();

  constructor(doc: jsPDF, faces: readonly LoadedFace[]) {
    this.doc = doc;
    // Bold text falls back to regular where there is no bold (Chinese); regular never borrows bold.
    this.regular = faces.filter((face) => !face.bold);
    this.bold = [...faces.filter((face) => face.bold), ...this.regular];
  }

  lineHeight(size: number): number {
    return size * POINT * LINE_HEIGHT;
  }

  /** Remembered: a line is split once to be measured as words, again as a line, and again to be drawn. Treat the runs as read-only. */
  runs(text: string, bold = false): readonly TextRun[] {
    const key = `${bold ? 'b' : 'r'}|${text}`;
    let runs = this.runsOf.get(key);
    if (!runs) {
      runs = splitRuns(cleanText(text), bold ? this.bold : this.regular, (char) => this.missing.add(char));
      this.runsOf.set(key, runs);
    }
    return runs;
  }

  width(text: string, style: TextStyle): number {
    return this.runs(text, style.bold).reduce((sum, run) => sum + this.runWidth(run, style.size), 0);
  }

  /**
   * Lines that fit maxWidth, breaking between words (or between Chinese
   * characters), keeping paragraph breaks. `firstLineWidth` narrows the first
   * line only, to leave room for a lead-in drawn before it ("How do we know?").
   */
  wrap(text: string, maxWidth: number, style: TextStyle, firstLineWidth = maxWidth): string[] {
    return cleanText(text)
      .split('\n')
      .flatMap((paragraph, index) => this.wrapParagraph(paragraph, maxWidth, style, index === 0 ? firstLineWidth : maxWidth));
  }

  /**
   * The text as one line of at most maxWidth: whole when it fits, otherwise
   * cut and ended with an ellipsis. For places with room for one line only
   * (page footers); wherever there is room, wrap instead.
   */
  fitLine(text: string, maxWidth: number, style: TextStyle): string {
    const line = cleanText(text).replace(/\s+/g, ' ').trim();
    if (this.width(line, style) <= maxWidth) return line;
    const chars = [...line];
    const shortened = (count: number) => `${chars.slice(0, count).join('').trimEnd()}${ELLIPSIS}`;
    // The longest start of the text that still fits with its ellipsis (widths grow with length).
    let fits = 0;
    let tooLong = chars.length;
    while (tooLong - fits > 1) {
      const middle = Math.floor((fits + tooLong) / 2);
      if (this.width(shortened(middle), style) <= maxWidth) fits = middle;
      else tooLong = middle;
    }
    return shortened(fits);
  }

  draw(text: string, x: number, y: number, style: TextStyle, options: DrawOptions = {}): void {
    const runs = this.runs(text, style.bold);
    const total = runs.reduce((sum, run) => sum + this.runWidth(run, style.size), 0);
    const rtl = isRightToLeftParagraph(text);
    let left = x;
    if (options.align === 'center') left = x - total / 2;
    else if (options.align === 'right') left = x - total;
    else if (rtl && options.maxWidth !== undefined) left = x + options.maxWidth - total;
    this.doc.setTextColor(style.color ?? '#0b0c0c');
    // jsPDF reverses the letters inside a right-to-left run; the runs themselves are ordered here.
    for (const run of rtl ? [...runs].reverse() : runs) {
      this.doc.setFont(run.face, 'normal').setFontSize(style.size);
      this.doc.text(run.text, left, y);
      left += this.runWidth(run, style.size);
    }
  }

  /** Draws wrapped text from a top edge; returns the height used. */
  drawBlock(text: string, x: number, top: number, maxWidth: number, style: TextStyle): number {
    const lines = this.wrap(text, maxWidth, style);
    const step = this.lineHeight(style.size);
    lines.forEach((line, index) => this.draw(line, x, top + step * index + style.size * POINT, style, { maxWidth }));
    return lines.length * step;
  }

  /** What jsPDF's getTextWidth gives, from the width at size 1 (widths grow in step with the size). */
  private runWidth(run: TextRun, size: number): number {
    const key = `${run.face}|${run.text}`;
    let unit = unitWidths.get(key);
    if (unit === undefined) {
      unit = this.doc.setFont(run.face, 'normal').getStringUnitWidth(run.text, { fontSize: 1 });
      if (unitWidths.size >= WIDTHS_KEPT) unitWidths.clear();
      unitWidths.set(key, unit);
    }
    return (unit * size) / this.doc.internal.scaleFactor;
  }

  /** The width of a piece measured on its own, remembered: wrapping asks for the same words again and again. */
  private pieceWidth(text: string, style: TextStyle): number {
    const key = `${style.bold ? 'b' : 'r'}|${style.size}|${text}`;
    let width = this.pieceWidths.get(key);
    if (width === undefined) {
      width = this.width(text, style);
      this.pieceWidths.set(key, width);
    }
    return width;
  }

  /**
   * Within one font, widths add up: a line is as wide as its words. So lines
   * are first found by adding the words' own widths, which keeps wrapping in
   * step with the text's length. A space between two scripts takes the font
   * of its neighbours, so there the sum can be off; every line is therefore
   * measured whole, and if one is too wide the paragraph is wrapped again
   * measuring every candidate line whole.
   */
  private wrapParagraph(paragraph: string, maxWidth: number, style: TextStyle, firstLineWidth: number): string[] {
    const byWords = this.greedyWrap(paragraph, maxWidth, style, firstLineWidth, (line, lineWidth, token) => lineWidth + this.pieceWidth(token.trimEnd(), style));
    const allowed = (index: number) => (index === 0 ? firstLineWidth : maxWidth);
    if (byWords.every((line, index) => [...line].length <= 1 || this.width(line, style) <= allowed(index))) return byWords;
    return this.greedyWrap(paragraph, maxWidth, style, firstLineWidth, (line, _lineWidth, token) => this.width((line + token).trimEnd(), style));
  }

  /** Greedy wrapping; `widthWith` is the width of `line` with `token` added, given the width of `line` so far. */
  private greedyWrap(paragraph: string, maxWidth: number, style: TextStyle, firstLineWidth: number, widthWith: (line: string, lineWidth: number, token: string) => number): string[] {
    const lines: string[] = [];
    let line = '';
    let lineWidth = 0;
    const widthNow = () => (lines.length === 0 ? firstLineWidth : maxWidth);
    for (const token of paragraph.match(TOKEN) ?? []) {
      if (widthWith(line, lineWidth, token) <= widthNow()) {
        line += token;
        lineWidth += this.pieceWidth(token, style);
        continue;
      }
      // A lead-in line with no word on it yet stays empty, and the word starts the next line.
      if (line.trim() || (lines.length === 0 && firstLineWidth < maxWidth)) lines.push(line.trimEnd());
      line = token.trimStart();
      // A word longer than the whole line is broken between characters.
      while (this.width(line.trimEnd(), style) > widthNow() && [...line].length > 1) {
        const chars = [...line];
        let fit = chars.length - 1;
        while (fit > 1 && this.width(chars.slice(0, fit).join(''), style) > widthNow()) fit--;
        lines.push(chars.slice(0, fit).join(''));
        line = chars.slice(fit).join('');
      }
      lineWidth = this.pieceWidth(line, style);
    }
    if (line.trim() || lines.length === 0) lines.push(line.trimEnd());
    return lines;
  }
}
