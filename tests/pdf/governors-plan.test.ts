/**
 * The plan as governors get it, from a whole self-evaluation (39 statements
 * rated, each with its evidence note, reflections on every section, six
 * actions, two progress checks), read back page by page with pdftotext. The
 * toolkit's seven legal duties and six Ofsted evaluation areas each have a
 * section of their own: with the evidence notes the plan runs to seven pages,
 * without them to six.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildPlanReport, type PlanReportOptions } from '../../src/core/plan-report';
import { renderDevelopmentPlan } from '../../src/pdf/render-development-plan';
import { readable } from '../e2e/support/pdf-reader';
import { makeGovernorsPlan } from '../fixtures/governors-plan';
import { headingLeftAlone, headingsOf } from './plan-headings';

/** Each page's text as `pdftotext -f N -l N` gives it. */
async function renderPages(options: PlanReportOptions = {}) {
  const sources = makeGovernorsPlan();
  const report = buildPlanReport(sources, options);
  const { pdf } = await renderDevelopmentPlan(report, new Date('2027-01-25T10:00:00Z'));
  const file = join(mkdtempSync(join(tmpdir(), 'reflect-governors-')), 'plan.pdf');
  writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const pages = Array.from({ length: count }, (_, index) =>
    execFileSync('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  return { sources, report, pages, whole: readable(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) };
}

const pageOf = (pages: readonly string[], pattern: RegExp) => pages.findIndex((page) => page.split('\n').some((line) => pattern.test(line.trim()))) + 1;

describe('the governors’ PDF of a whole self-evaluation', { timeout: 30_000 }, () => {
  it('is built from the shipped toolkit with 39 statements, all rated, and six actions', () => {
    const { toolkit, answers, actions } = makeGovernorsPlan();
    const indicators = toolkit.domains.flatMap((domain) => domain.indicators);
    expect(indicators).toHaveLength(39);
    expect(indicators.every((indicator) => typeof answers[indicator.id]?.rating === 'number' && answers[indicator.id]!.note.length > 40)).toBe(true);
    expect(actions).toHaveLength(6);
  });

  it('runs to at most 7 pages, in the order a governor reads it, with the legal requirements beside the summary and the action plan by page 3', async () => {
    const { pages } = await renderPages();
    expect(pages.length).toBeLessThanOrEqual(7);
    const order = [/^Summary$/, /^Legal requirements$/, /^Action plan$/, /^Findings by section$/, /^Evidence for Ofsted’s evaluation areas$/, /^Progress checks$/].map((heading) =>
      pageOf(pages, heading),
    );
    expect(order.every((page) => page > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order[0]).toBe(2);
    expect(order[1]).toBe(2);
    expect(order[2]).toBeLessThanOrEqual(3);
  });

  it('counts the legal requirements on their own and lists each duty with its source and state, those not met first', async () => {
    const { report, whole, pages } = await renderPages();
    const legal = report.legal!;
    expect(legal.duties).toHaveLength(7);
    const notMet = legal.duties.filter((duty) => duty.state === 'not-met').length;
    expect(notMet).toBeGreaterThan(0);
    expect(whole).toContain(`Legal requirements: ${7 - notMet} of 7 met (${notMet} not met).`);
    for (const duty of legal.duties) {
      expect(whole, duty.duty).toContain(readable(duty.duty));
      expect(whole, duty.source).toContain(readable(duty.source));
    }
    // Those not met come before those met, each row's first line ending with its state.
    const states = [...(pages[1]! + pages[2]!).matchAll(/\b(Not met|Met)\s*$/gm)].map((match) => match[1]);
    expect(states).toEqual([...Array(notMet).fill('Not met'), ...Array(7 - notMet).fill('Met')]);
  });

  it('groups the sections’ scores by Ofsted’s evaluation areas in a compact table', async () => {
    const { report, whole } = await renderPages();
    expect(report.inspectionAreas.map((area) => area.title)).toEqual([
      'Safeguarding',
      'Inclusion',
      'Curriculum and teaching',
      'Attendance and behaviour',
      'Personal development and well-being',
      'Leadership and governance',
    ]);
    expect(whole).toContain('Evidence for Ofsted’s evaluation areas');
    expect(whole).toContain('Ofsted, School inspection toolkit: operating guide and toolkit, November 2025');
    expect(whole).toMatch(/Curriculum and teaching\s+Belonging 2\.7 \(Developing\)/);
  });

  it('gives each statement’s evidence note beside its rating', async () => {
    const { sources, whole } = await renderPages();
    for (const answer of Object.values(sources.answers)) expect(whole, answer!.note).toContain(readable(answer!.note));
    expect(whole).toContain('How do we know?');
  });

  it('leaves the evidence notes out when asked, and says so', async () => {
    const { sources, whole, pages } = await renderPages({ includeEvidence: false });
    for (const answer of Object.values(sources.answers)) expect(whole, answer!.note).not.toContain(readable(answer!.note));
    expect(whole).toContain('The evidence notes are left out of this copy.');
    expect(pages.length).toBeLessThanOrEqual(6);
    expect(whole).toContain('Legal requirements: ');
  });

  it('never ends a page with a heading, a section’s title or a table’s header row', async () => {
    for (const includeEvidence of [true, false]) {
      const { report, pages } = await renderPages({ includeEvidence });
      const headings = headingsOf(report);
      pages.forEach((page, index) => expect(headingLeftAlone(page, headings), `page ${index + 1}`).toBeNull());
    }
  });

  it('says what scores rest on, on the scale of 1 to 4, and names the toolkit without its version on the cover', async () => {
    const { pages, whole } = await renderPages();
    expect(readable(pages[0]!)).toContain('Overall score 2.5 (Developing), based on all 39 statements');
    expect(readable(pages[0]!)).toContain('Priority sections Registers, data and early identification; A school pupils want to attend');
    expect(readable(pages[0]!)).not.toMatch(/version/i);
    expect(whole).toContain('on a scale of 1 to 4');
    expect(whole).toContain('Score 2.7 (Developing), based on all 6 statements');
    expect(whole).not.toMatch(/\bdomains?\b|\bindicators?\b|from 0 to/i);
    expect(whole).not.toContain('Partial:');
  });

  it('marks partial results as partial', async () => {
    const sources = makeGovernorsPlan();
    const rated = new Set(sources.toolkit.domains[0]!.indicators.slice(0, 1).map((indicator) => indicator.id));
    const answers = Object.fromEntries(Object.entries(sources.answers).map(([id, answer]) => [id, rated.has(id) ? answer : { rating: null, note: '' }]));
    const { pdf } = await renderDevelopmentPlan(buildPlanReport({ ...sources, answers }), new Date('2027-01-25T10:00:00Z'));
    const file = join(mkdtempSync(join(tmpdir(), 'reflect-partial-')), 'plan.pdf');
    writeFileSync(file, Buffer.from(await pdf.arrayBuffer()));
    const cover = readable(execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    expect(cover).toContain('Overall score 3.0 (Developing), based on 1 of 39 statements');
    expect(cover).toContain('Partial: 1 of 39 statements rated.');
  });
});

describe('headingLeftAlone', () => {
  const headings = ['Action plan', '1. Leadership, policy and culture'];
  it.each([
    ['a heading', 'Some text\n\nAction plan\n\n    Page 2 of 6\n', 'Action plan'],
    ['a section title with its score beside it', 'Text\n1. Leadership, policy and culture      Score 2.6 (Developing), based on all 5 statements.\nPage 3 of 6', '1. Leadership, policy and culture      Score 2.6 (Developing), based on all 5 statements.'],
    ['a table header', 'Text\nStatement            How do we know?          Rating\nPage 3 of 6', 'Statement            How do we know?          Rating'],
    ['a contents line', 'Contents\nAction plan          2\nPage 1 of 6', null],
    ['body text', 'Action plan\nSix actions.\nPage 2 of 6', null],
  ])('finds %s at the foot of a page', (_, page, expected) => {
    expect(headingLeftAlone(page, headings)).toBe(expected);
  });
});
