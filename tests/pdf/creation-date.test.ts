import { describe, expect, it } from 'vitest';
import { pdfDate, restamp } from '../../src/pdf/creation-date';

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const text = (bytes: Uint8Array) => String.fromCharCode(...bytes);

describe('the PDF creation time', () => {
  it('is written in UTC, the same length in any time zone', () => {
    expect(pdfDate(new Date('2026-12-07T09:47:31Z'))).toBe("D:20261207094731+00'00'");
    expect(pdfDate(new Date('2027-06-30T23:05:09+05:30'))).toBe("D:20270630173509+00'00'");
  });

  it('is moved to the click, leaving every other byte where it was', () => {
    const made = new Date('2026-12-07T09:15:00Z');
    const now = new Date('2026-12-07T09:47:31Z');
    const file = ascii(`%PDF-1.3\n1 0 obj\n<< /Producer (jsPDF) /CreationDate (${pdfDate(made)}) >>\nendobj\n%%EOF`);
    const moved = restamp(file, made, now)!;
    expect(text(moved)).toBe(text(file).replace('20261207091500', '20261207094731'));
    // The original is left as it was, for the next click.
    expect(text(file)).toContain('20261207091500');
  });

  it('is not moved when the file does not carry the time it was said to be made at', () => {
    const file = ascii("<< /CreationDate (D:20261207091500+00'00') >>");
    expect(restamp(file, new Date('2026-12-07T09:15:01Z'), new Date())).toBeNull();
  });
});
