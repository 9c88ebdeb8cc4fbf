/**
 * Wrapping through a real jsPDF document with the real fonts: whatever the
 * text, every line fits, no text is lost, and each line is as full as it can
 * be (the next word, measured on the line as drawn, would not have fitted).
 */
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../src/pdf/fonts/load-fonts';
import { FontBook, type TextStyle } from '../../../src/pdf/text/font-book';

const LATIN = 'Call home on the first morning of any absence, and log what was said so that the attendance officer can follow it up the same day.';
const MIXED = 'Letters home in English and in Arabic: رسالة إلى الأهل حول الحضور — and a line that carries on, النص العربي مرة أخرى, after it.';
const LONG_WORD = `See ${'https://example.org/'.repeat(6)}attendance for the full guidance.`;

async function bookFor(text: string): Promise<FontBook> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4' });
  const { faces } = await loadFonts(doc, text);
  return new FontBook(doc, faces);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

describe('FontBook.wrap', () => {
  it.each([
    ['Latin text', LATIN, 40, { size: 10 }],
    ['Latin text in bold, larger', LATIN, 70, { size: 14, bold: true }],
    ['Latin and Arabic in one paragraph', MIXED, 45, { size: 10 }],
    ['a word longer than the line', LONG_WORD, 30, { size: 10 }],
  ] as [string, string, number, TextStyle][])('%s: every line fits, nothing is lost, each line is full', async (_name, text, width, style) => {
    const book = await bookFor(text);
    const lines = book.wrap(text, width, style);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(book.width(line, style)).toBeLessThanOrEqual(width);
    expect(lines.join('').replace(/\s+/g, ''), 'without spaces, the lines are the text').toBe(text.replace(/\s+/g, ''));
    lines.slice(0, -1).forEach((line, index) => {
      const nextLine = lines[index + 1]!;
      // A line broken inside a long word is full to the character instead.
      const insideAWord = text.includes(line.slice(-6) + nextLine.slice(0, 6));
      const nextWord = words(text).find((word) => word.startsWith(words(nextLine)[0]!));
      const longer = insideAWord ? `${line}${[...nextLine][0]}` : `${line} ${nextWord}`;
      expect(book.width(longer, style), `“${line}” had room for more`).toBeGreaterThan(width);
    });
  });

  it('keeps paragraph breaks, and narrows only the first line for a lead-in', async () => {
    const book = await bookFor(LATIN);
    const lines = book.wrap(`${LATIN}\n${LATIN}`, 60, { size: 10 }, 20);
    expect(book.width(lines[0]!, { size: 10 })).toBeLessThanOrEqual(20);
    const secondParagraph = lines.findIndex((line, index) => index > 0 && line.startsWith('Call home'));
    expect(secondParagraph).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => book.width(line, { size: 10 }) <= 60)).toBe(true);
  });

  it('where widths do not add up (a font with kerning), lines are still measured whole and fit', async () => {
    // A stand-in document whose text is wider in long pieces than the sum of its words (at size 10, one unit a character).
    const measured = { setFont: () => measured, setFontSize: () => measured, getStringUnitWidth: (text: string) => text.length + (text.length > 12 ? 4 : 0), internal: { scaleFactor: 10 } };
    const book = new FontBook(measured as unknown as jsPDF, [{ id: 'kerned', bold: false, covers: () => true }]);
    const lines = book.wrap(LATIN, 20, { size: 10 });
    for (const line of lines) expect(book.width(line, { size: 10 })).toBeLessThanOrEqual(20);
    expect(lines.join(' ')).toBe(LATIN);
  });
});
