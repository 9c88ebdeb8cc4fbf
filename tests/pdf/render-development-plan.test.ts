/**
 * The PDF read back by a real PDF reader (poppler's pdftotext and pdfinfo).
 * Fonts load exactly as in the browser (Vite inlines them); Chinese is
 * fetched over the network in the browser, so the browser test covers it.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlanReport } from '../../src/core/plan-report';
import { renderDevelopmentPlan } from '../../src/pdf/render-development-plan';
import { readPdf, readable } from '../e2e/support/pdf-reader';
import { makePlanSources, NAMES } from '../fixtures/plan-sources';
import { headingLeftAlone, headingsOf } from './plan-headings';

async function render(sources = makePlanSources()) {
  const { pdf, missing } = await renderDevelopmentPlan(buildPlanReport(sources), new Date('2026-12-01T10:00:00Z'));
  const bytes = Buffer.from(await pdf.arrayBuffer());
  const file = join(mkdtempSync(join(tmpdir(), 'reflect-pdf-')), 'plan.pdf');
  writeFileSync(file, bytes);
  if (process.env.KEEP_PDF) writeFileSync(`${process.env.KEEP_PDF}-${sources.actions.length}.pdf`, bytes);
  return { ...readPdf(file), missing, sources };
}

// Each test lays out a whole PDF, the first also decoding the fonts: seconds on a busy two-core machine, past vitest's 5 s default.
describe('renderDevelopmentPlan', { timeout: 30_000 }, () => {
  it('writes every name, in every script, as real text', async () => {
    const { contains, missing, sources } = await render();
    for (const name of NAMES) expect(contains(name), name).toBe(true);
    for (const action of sources.actions) {
      expect(contains(action.action), action.action).toBe(true);
      expect(contains(action.successMeasure), action.successMeasure).toBe(true);
    }
    expect(contains('St Mary’s C of E Primary, Łódź Road')).toBe(true);
    expect(contains('governors ask about attendance each term – and it costs under £200 a year.')).toBe(true);
    expect(contains('Staff café briefings')).toBe(true);
    expect(missing).toEqual([]);
  });

  it('numbers every page "Page n of N"', async () => {
    const { pages } = await render();
    expect(pages.length).toBeGreaterThan(4);
    pages.forEach((page, index) => expect(page).toContain(`Page ${index + 1} of ${pages.length}`));
  });

  it("repeats the action table's header on every page it runs onto, and never leaves a heading alone", async () => {
    const sources = makePlanSources(40);
    const { pages } = await render(sources);
    const tablePages = pages.filter((page) => /Action \d+:/.test(page));
    expect(tablePages.length).toBeGreaterThan(3);
    // "Target date" and "Status and progress" wrap onto a second line of the header.
    for (const page of tablePages) expect(page).toMatch(/No\.\s+Action\s+Success measure\s+Lead\s+Target\s+Status and/);
    const headings = headingsOf(buildPlanReport(sources));
    pages.forEach((page, index) => expect(headingLeftAlone(page, headings), `page ${index + 1}`).toBeNull());
  });

  it('has a bookmark for each section, action group and section of findings, on the right pages', async () => {
    const { outline, pages } = await render();
    expect(outline.map((entry) => entry.replace(/\d+: /, ''))).toEqual([
      'Cover',
      'Summary',
      'Action plan',
      '  Working with families',
      '  Leadership, policy and culture',
      '  Using data to target support',
      '  Support for pupils who need it most',
      '  Whole-school actions',
      'Findings by section',
      '  1. Leadership, policy and culture',
      '  2. Using data to target support',
      '  3. Working with families',
      '  4. Support for pupils who need it most',
      'Progress checks',
    ]);
    for (const entry of outline) {
      const [, page, title] = /^\s*(\d+): (?:\d+\. )?(.*)$/.exec(entry)!;
      if (title !== 'Cover') expect(pages[Number(page) - 1], entry).toContain(title);
    }
  });

  it('sets the title, author, subject and language', async () => {
    const { info, language } = await render();
    expect(language).toBe('en-GB');
    expect(info).toMatch(/Title:\s+St Mary’s C of E Primary, Łódź Road: Attendance self-evaluation development plan/);
    expect(info).toMatch(/Author:\s+St Mary’s C of E Primary, Łódź Road/);
    expect(info).toMatch(/Subject:\s+Development plan from the self-evaluation "Autumn 2026 review", 25 November 2026/);
  });

  it('says under a carried action, in its action cell, which self-evaluation it was carried forward from', async () => {
    const sources = makePlanSources(2);
    const [first, second] = sources.actions;
    sources.actions = [{ ...first!, carriedFrom: { auditId: 'spring-2026', actionId: 'old' } }, second!];
    const { pages, contains } = await render({ ...sources, earlierTitles: { 'spring-2026': 'Spring 2026 review' } });
    expect(contains(`${first!.action} Carried forward from Spring 2026 review`)).toBe(true);
    expect(pages.join('\n').match(/Carried forward from/g)).toHaveLength(1);
  });

  it('lists characters it cannot show, on the cover, instead of dropping them', async () => {
    const sources = makePlanSources(2);
    sources.actions = [{ ...sources.actions[0]!, lead: 'অমিত দাস' }];
    const { pages, missing } = await render(sources);
    expect(missing.length).toBeGreaterThan(0);
    expect(readable(pages[0]!)).toContain('Some characters could not be shown in this PDF');
    expect(readable(pages[0]!)).toContain('Bengali: U+0985');
  });

  describe('a school name too long for one line', () => {
    // 500 characters of words, as a federation of schools might be named; its last words mark its end.
    const words = 'Federation of the Church of England and Community Primary Schools of the Upper Valley';
    const school = `${`${words}, `.repeat(5)}with the Hillside Nursery, Brook Lane, and Zebra Crossing Infants`;
    const longSources = () => {
      const sources = makePlanSources(2);
      return { ...sources, audit: { ...sources.audit, school } };
    };
    // Not through readable(): its NFKC would turn the ellipsis into three full stops.
    const footerOf = (page: string) =>
      (page.split('\n').find((line) => /Page \d+ of \d+/.test(line)) ?? '').replace(/\s*Page \d+ of \d+\s*$/, '').replace(/\s+/g, ' ').trim();

    it('is shown whole on the cover', async () => {
      expect(school).toHaveLength(500);
      const { pages } = await render(longSources());
      expect(readable(pages[0]!)).toContain(readable(school));
    });

    it('is shortened visibly, with an ellipsis, in every page footer', async () => {
      const { pages } = await render(longSources());
      for (const page of pages) {
        const footer = footerOf(page);
        expect(footer).toMatch(/^Federation of the Church of England/);
        expect(footer.endsWith('…'), footer).toBe(true);
        expect(footer).not.toContain('Zebra');
      }
    });

    it('leaves a name that fits whole in the footer, with no ellipsis', async () => {
      const { pages } = await render(makePlanSources(2));
      for (const page of pages) expect(footerOf(page)).toBe('St Mary’s C of E Primary, Łódź Road: Attendance self-evaluation development plan');
    });
  });
});
