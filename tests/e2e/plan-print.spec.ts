import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { startAudit } from './support/audit-flow';
import { readable } from './support/pdf-reader';
import { fillAction } from './support/plan-flow';
import { auditIdFrom, rateAudit, writeReflection } from './support/results-flow';
import { makeGovernorsPlan } from '../fixtures/governors-plan';
import { headingLeftAlone } from '../pdf/plan-headings';

/** The whole self-evaluation of the governors' plan, typed as a team would: 39 ratings and evidence notes, every section's reflections, six actions. */
const plan = makeGovernorsPlan();
const { toolkit } = plan;

async function makeWholeEvaluation(page: Page): Promise<string> {
  await startAudit(page, { toolkitTitle: toolkit.title, school: plan.audit.school, title: plan.audit.title, date: plan.audit.date, participants: plan.audit.participants });
  const ratings = Object.fromEntries(Object.entries(plan.answers).map(([id, answer]) => [id, answer!.rating as number]));
  const notes = Object.fromEntries(Object.entries(plan.answers).map(([id, answer]) => [id, answer!.note]));
  await rateAudit(page, toolkit, ratings, notes);
  const auditId = auditIdFrom(page.url());
  for (const reflection of plan.reflections) await writeReflection(page, { ...reflection, auditId });
  await page.goto(`/audits/${auditId}/plan`);
  for (const [index, action] of plan.actions.entries()) {
    await page.getByRole('button', { name: 'Add an action' }).click();
    await fillAction(page, index + 1, { Action: action.action, 'Success measure': action.successMeasure, Lead: action.lead, 'Target date': action.targetDate });
    await page.getByRole('button', { name: `Done editing action ${index + 1}` }).click();
  }
  return auditId;
}

/**
 * The page printed on A4 by the browser, read back one page at a time (laid
 * out, for what ends each page) and whole in the order it was written (so
 * that a cell's wrapped lines read as one text).
 */
async function printedPages(page: Page, name: string): Promise<{ pages: string[]; whole: string }> {
  const file = test.info().outputPath(`${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const pages = Array.from({ length: count }, (_, index) => execFileSync('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' }));
  return { pages, whole: readable(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })) };
}

const firstPageWith = (pages: readonly string[], heading: string) => pages.findIndex((text) => text.split('\n').some((line) => line.trim() === heading)) + 1;

/** Headings the printable page shows: never the last line of a printed page. */
const HEADINGS = ['Development plan', 'Summary', 'Scores by section', 'Action plan', 'Findings by section', 'Progress checks', 'What is working well', 'Even better if', 'Whole-school actions', ...toolkit.domains.map((domain, index) => `${index + 1}. ${domain.title}`)];

test('the printable plan prints on A4 in the governors’ order, with the evidence notes or without them', async ({ page }) => {
  const auditId = await makeWholeEvaluation(page);

  await page.getByRole('link', { name: 'Printable version (web page)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: plan.audit.school })).toBeVisible();
  await expect(page.getByText('from 0 to', { exact: false })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('printable-plan.png') });
  await page.emulateMedia({ media: 'print' });
  const { pages, whole } = await printedPages(page, 'printed');

  const order = ['Summary', 'Action plan', 'Findings by section', 'Progress checks'].map((heading) => firstPageWith(pages, heading));
  expect(order.every((number) => number > 0), order.join()).toBe(true);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  // The cover has a page to itself; everything after it is packed.
  expect(order[0]).toBe(2);
  pages.forEach((text, index) => expect(headingLeftAlone(text, HEADINGS), `printed page ${index + 1}`).toBeNull());
  expect(whole).toContain('based on all 39 statements');
  expect(whole).toContain('on a scale of 1 to 4');
  for (const answer of Object.values(plan.answers)) expect(whole).toContain(readable(answer!.note));
  // A table that runs onto the next page repeats its column headings there.
  for (const text of pages.slice(1)) if (/How do we know\?/.test(text)) expect(text).toMatch(/Statement\s+How do we know\?\s+Rating/);

  // Without the evidence notes.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('checkbox', { name: 'Include the evidence notes' }).uncheck();
  await expect(page).toHaveURL(new RegExp(`/audits/${auditId}/plan/print\\?evidence=no$`));
  await page.emulateMedia({ media: 'print' });
  const { pages: without, whole: wholeWithout } = await printedPages(page, 'printed-without-evidence');
  for (const answer of Object.values(plan.answers)) expect(wholeWithout).not.toContain(readable(answer!.note));
  expect(wholeWithout).toContain('The evidence notes are left out of this copy.');
  without.forEach((text, index) => expect(headingLeftAlone(text, HEADINGS), `printed page ${index + 1}, no notes`).toBeNull());
});

test('the PDF leaves the evidence notes out when that box is unticked', async ({ page }) => {
  await makeWholeEvaluation(page);
  let downloads = 0;
  const download = async () => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
    const path = test.info().outputPath(`plan-${++downloads}.pdf`);
    await file.saveAs(path);
    return readable(execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  };
  const note = readable(plan.answers[toolkit.domains[0]!.indicators[0]!.id]!.note);
  expect(await download()).toContain(note);
  await page.getByRole('checkbox', { name: 'Include the evidence notes' }).uncheck();
  const withoutNotes = await download();
  expect(withoutNotes).not.toContain(note);
  expect(withoutNotes).toContain('The evidence notes are left out of this copy.');
});
