import { describe, expect, it } from 'vitest';
import { cleanText, isRightToLeftParagraph, REPLACEMENT_CHARACTER, splitRuns, type RunFace } from '../../../src/pdf/text/runs';

const face = (id: string, test: RegExp): RunFace => ({ id, covers: (point) => test.test(String.fromCodePoint(point)) });
/** Like the real slices: Latin has spaces, punctuation and U+FFFD; Arabic has its letters and a space. */
const latin = face('latin', /[\u0020-\u00ff\u2000-\u206f\ufffd]/);
const latinExt = face('latin-ext', /[\u0100-\u024f]/);
const arabic = face('arabic', /[\u0600-\u06ff ]/);
const faces = [latin, latinExt, arabic];

const summary = (text: string) => splitRuns(text, faces).map((run) => `${run.face}:${run.text}${run.rtl ? ' (rtl)' : ''}`);

describe('splitRuns', () => {
  it.each<[string, string[]]>([
    ['Plain Latin – with punctuation.', ['latin:Plain Latin – with punctuation.']],
    ['Łódź', ['latin-ext:Ł', 'latin:ód', 'latin-ext:ź']],
    ['محمد علی', ['arabic:محمد علی (rtl)']],
    ['Lead: محمد علی (Urdu)', ['latin:Lead: ', 'arabic:محمد علی (rtl)', 'latin: (Urdu)']],
    ['Mr علی and Mrs بیگم', ['latin:Mr ', 'arabic:علی (rtl)', 'latin: and Mrs ', 'arabic:بیگم (rtl)']],
  ])('%s', (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it('shows a character no font has as U+FFFD, and reports it', () => {
    const missing: string[] = [];
    const runs = splitRuns('Amit অমিত', faces, (char) => missing.push(char));
    expect(runs.map((run) => run.text).join('')).toBe(`Amit ${REPLACEMENT_CHARACTER.repeat(4)}`);
    expect(missing).toEqual(['অ', 'ম', 'ি', 'ত']);
  });
});

describe('cleanText', () => {
  it.each([
    ['e\u0301cole', 'école'],
    ['tab\there', 'tab here'],
    ['line\r\nbreaks\rkept', 'line\nbreaks\nkept'],
    ['no\u200bzero\u200ewidth\u0007bell', 'nozerowidthbell'],
    ['non\u00a0breaking', 'non breaking'],
  ])('%j → %j', (text, expected) => {
    expect(cleanText(text)).toBe(expected);
  });
});

describe('isRightToLeftParagraph', () => {
  it.each([
    ['محمد علی', true],
    ['(1) محمد', true],
    ['Lead: محمد', false],
    ['12345', false],
  ])('%s → %s', (text, expected) => {
    expect(isRightToLeftParagraph(text)).toBe(expected);
  });
});
