/** The borough roll-up and the showcase booklet as PDFs, read back with a real reader (poppler's pdftotext). */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rollUpToolkit } from '../../src/core/borough-rollup';
import { buildShowcase } from '../../src/core/showcase-booklet';
import { renderRollup } from '../../src/pdf/render-rollup';
import { renderShowcase } from '../../src/pdf/render-showcase';
import { readPdf } from '../e2e/support/pdf-reader';
import { attendance, makeImported, makeSchools, statementIds } from '../fixtures/school-summaries';

async function read(blob: Blob) {
  const file = join(mkdtempSync(join(tmpdir(), 'reflect-la-')), 'file.pdf');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  return readPdf(file);
}

const when = new Date('2026-12-05T10:00:00Z');

describe('the roll-up PDF', { timeout: 60_000 }, () => {
  it('gives the figures the page gives, and names no school', async () => {
    // Six schools: the first statement below the middle for three of them.
    const ratings = (n: number) => statementIds.map((_, index) => (index === 0 && n < 3 ? 1 : (n % 4) + 1));
    const rows = Array.from({ length: 6 }, (_, n) => makeImported({ school: `Named School ${n}`, ratings: ratings(n) }));
    const pdf = await read(await renderRollup(rollUpToolkit(rows), when));
    expect(pdf.contains(`${attendance.title}: across the borough`)).toBe(true);
    expect(pdf.contains('6 schools shared a summary of version 2.0.0')).toBe(true);
    expect(pdf.contains('Scores by section across schools')).toBe(true);
    expect(pdf.contains('Median school')).toBe(true);
    expect(pdf.contains('Where training and support would help most')).toBe(true);
    expect(pdf.contains(attendance.domains[0]!.indicators[0]!.statement)).toBe(true);
    expect(pdf.contains('Legal requirements most often not met')).toBe(true);
    expect(pdf.contains('so the change since the last round is not shown')).toBe(true);
    expect(pdf.contains('Named School')).toBe(false);
    expect(pdf.info).toMatch(/Title:\s+Attendance self-evaluation: across the borough/);
    expect(pdf.language).toBe('en-GB');
  });

  it('shows no figures for fewer than five schools, and says why', async () => {
    const pdf = await read(await renderRollup(rollUpToolkit(makeSchools(3, () => 2)), when));
    expect(pdf.contains('Only 3 schools have shared a summary of this toolkit, fewer than 5, so no figures are shown')).toBe(true);
    expect(pdf.contains('Scores by section across schools')).toBe(false);
  });
});

describe('the showcase booklet PDF', { timeout: 60_000 }, () => {
  it('holds each ticked passage as the school typed it, markup and all, with its credit, and no passage that was not ticked', async () => {
    const booklet = buildShowcase([
      makeImported({ school: 'Oak Primary', workingWell: { leadership: 'Governors <b>visit</b> termly & report back.', belonging: 'Not for the booklet.' }, choices: { showcaseSectionIds: ['leadership'] } }),
      makeImported({ school: 'Elm Academy', workingWell: { belonging: 'Breakfast club every morning.' }, choices: { showcaseSectionIds: ['belonging'], credit: 'unnamed' } }),
    ]);
    const pdf = await read(await renderShowcase(booklet, when));
    expect(pdf.contains('What is working well: a showcase')).toBe(true);
    expect(pdf.contains('Governors <b>visit</b> termly & report back.')).toBe(true);
    expect(pdf.contains('— Oak Primary')).toBe(true);
    expect(pdf.contains('Breakfast club every morning.')).toBe(true);
    expect(pdf.contains('— A school in the borough')).toBe(true);
    expect(pdf.contains('Not for the booklet')).toBe(false);
    expect(pdf.contains('Elm Academy')).toBe(false);
  });
});
