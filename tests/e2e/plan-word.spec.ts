import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { buildPlanReport } from '../../src/core/plan-report';
import { reviewEntryLine } from '../../src/core/review-entry-text';
import { makeReviewedPlan } from '../fixtures/reviewed-plan';
import { readPdf } from './support/pdf-reader';
import { restorePlan } from './support/plan-backup';
import { actionCards, fillAction, startRatedAudit } from './support/plan-flow';
import { writeReflection } from './support/results-flow';
import { readToolkit } from './support/toolkits';
import { convertWordToPdf } from './support/word-to-pdf';

const toolkit = readToolkit('attendance');
const school = 'St Mary’s C of E Primary – Łódź Road';

const ACTIONS = [
  { Action: 'Action 1: Publish the attendance champion’s name on the website.', 'Success measure': 'Measure 1: Named on the website by half term.', Lead: 'Łucja Wójcik', 'Target date': 'Spring 2027', 'Progress note': 'Note 1: draft page written.' },
  { Action: 'Action 2: Call home on the first morning of any absence <b>every day</b>.', 'Success measure': 'Measure 2: Every call logged by 10am.', Lead: 'Αθηνά Παπαδοπούλου', 'Target date': '2027-03-31', 'Progress note': 'Note 2: started in January.' },
  { Action: 'Action 3: Run a café morning for families new to the school – budget £150.', 'Success measure': 'Measure 3: Twenty families come.', Lead: 'Ольга Іваненко', 'Target date': 'Summer 2027', 'Progress note': 'Note 3: booked the hall.' },
];

test('the plan downloads as a Word document LibreOffice opens, with every section, action, lead, measure and note', async ({ page }) => {
  const auditId = await startRatedAudit(page, toolkit, { school, title: 'Autumn 2026 review', date: '2026-11-25', participants: 'Head, SENCo' });
  await writeReflection(page, { auditId, domainId: toolkit.domains[0]!.id, workingWell: 'Governors ask about attendance every term.', evenBetterIf: 'Tutors saw their group’s figures weekly.' });
  await page.goto(`/audits/${auditId}/plan`);
  for (const [index, fields] of ACTIONS.entries()) {
    await page.getByRole('button', { name: 'Add an action' }).click();
    await fillAction(page, index + 1, fields);
    await page.getByRole('button', { name: `Done editing action ${index + 1}` }).click();
  }
  await expect(actionCards(page)).toHaveCount(ACTIONS.length);
  await page.getByRole('button', { name: 'Add a progress check' }).click();
  const review = page.getByRole('group', { name: 'Progress check 1' });
  await review.getByLabel('When').fill('24 March 2027');
  await review.getByLabel('Who checks progress').fill('Full governing body');
  await expect(review.getByRole('status')).toHaveText('All changes saved.');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (Word)' }).click()]);
  expect(download.suggestedFilename()).toBe('st-mary’s-c-of-e-primary-–-łódź-road-attendance-development-plan-2026-11-25.docx');
  await expect(page.getByRole('button', { name: 'Download development plan (Word)' })).toBeEnabled();
  const file = test.info().outputPath('plan.docx');
  await download.saveAs(file);
  // The radar as the browser drew it, a PNG with its alt text.
  const parts = unzipSync(readFileSync(file));
  expect(Object.keys(parts).filter((name) => /^word\/media\/.+\.png$/.test(name))).toHaveLength(1);
  expect(strFromU8(parts['word/document.xml']!)).toContain('descr="Radar chart of the section scores on a scale of 1 to 4:');
  const pdf = readPdf(convertWordToPdf(file));

  expect(pdf.contains(school)).toBe(true);
  for (const title of ['Summary', 'Legal requirements', 'Action plan', 'Findings by section', 'Progress checks']) expect(pdf.contains(title), title).toBe(true);
  toolkit.domains.forEach((domain, index) => expect(pdf.contains(`${index + 1}. ${domain.title}`), domain.title).toBe(true));
  for (const action of ACTIONS) {
    for (const text of [action.Action, action['Success measure'], action.Lead, action['Progress note']]) expect(pdf.contains(text), text).toBe(true);
  }
  expect(pdf.contains('Full governing body')).toBe(true);
  expect(pdf.contains('Governors ask about attendance every term.')).toBe(true);
});

test('a reviewed plan’s Word document has each action’s progress at each review, as LibreOffice reads it', async ({ page }) => {
  // The reviews come from a backup restored on the settings page: the screens that record reviews are built separately.
  const plan = makeReviewedPlan();
  await restorePlan(page, plan);
  await page.goto(`/audits/${plan.audit.id}/plan`);
  await expect(page.getByRole('heading', { level: 4, name: 'Action 6', exact: true })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (Word)' }).click()]);
  const file = test.info().outputPath('reviewed-plan.docx');
  await download.saveAs(file);
  const pdf = readPdf(convertWordToPdf(file));
  const entries = buildPlanReport(plan).actionGroups.flatMap((group) => group.actions.flatMap((action) => action.history));
  expect(entries).toHaveLength(4);
  for (const entry of entries) expect(pdf.contains(reviewEntryLine(entry)), reviewEntryLine(entry)).toBe(true);
  expect(pdf.contains('3 March 2027: At risk; success measure not met. Comparison data from the local authority still awaited.')).toBe(true);
});
