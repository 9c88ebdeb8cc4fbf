/**
 * The governors' summary of a plan of thirty actions looked at twice (3
 * February and 12 May 2027), seen on 20 May 2027: on screen, printed by the
 * browser (page.pdf) and downloaded as the PDF, each read back with poppler
 * and each one page. The plan comes from a backup restored on the settings
 * page (support/governors-summary-backup.ts): two rounds of reviews on
 * thirty actions take minutes through the review screens, and this test is
 * about what the summary makes of them.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/backup-files';
import { GOVERNORS_AUDIT_ID, restoreGovernorsPlan } from './support/governors-summary-backup';
import { readPdf, type PdfReading } from './support/pdf-reader';

/** A school day in the afternoon, London time: what is overdue is counted from it. */
const NOW = new Date('2027-05-20T14:00:00+01:00');

const CHANGES = [
  'Action 1: from On track to At risk (reviewed 12 May 2027)',
  'Action 3: from Not started to On track (reviewed 12 May 2027)',
  'Action 5: from On track to Done (reviewed 12 May 2027)',
  ...[7, 8, 9, 10, 11].map((number) => `Action ${number}: from On track to Done (reviewed 12 May 2027)`),
];
const OVERDUE = [
  ['1', 'Look at the DfE monitoring report each…', 'Mrs Okafor (deputy head)', '26 March 2027'],
  ['13', 'Extra action 7: meet each family whose child…', 'Attendance officer', '30 April 2027'],
  ['14', 'Extra action 8: meet each family whose child…', 'Family liaison officer', '30 April 2027'],
];
const NOT_MET = [
  "Schools must record each session with the code the regulations give for the pupil's circumstances.",
  "Schools must provide their daily attendance data to the DfE on request; the DfE's published guidance is that request.",
];

const pageCount = (reading: PdfReading) => Number(/Pages:\s+(\d+)/.exec(reading.info)![1]);

/** Everything the summary says, whichever way it was made. */
function expectTheFacts(reading: PdfReading): void {
  expect(pageCount(reading)).toBe(1);
  for (const text of [
    'Northfield Primary School',
    'as it stands on 20 May 2027',
    ...CHANGES,
    'and 1 more: see the development plan.',
    '3 actions are not done and past their target date.',
    ...OVERDUE.flat(),
    ...NOT_MET,
    '2 of 7 legal requirements are not met.',
    '7 July 2027: Full governing body',
  ])
    expect(reading.contains(text), text).toBe(true);
}

async function openSummary(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await restoreGovernorsPlan(page);
  await page.goto(`/audits/${GOVERNORS_AUDIT_ID}/plan`);
  await page.getByRole('link', { name: 'Governors’ summary' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Northfield Primary School' })).toBeVisible();
}

test('the governors’ summary says where thirty actions stand, what the last review changed, what is overdue and which legal requirements are not met, on one page printed and as a PDF', async ({ page }) => {
  await openSummary(page);
  await expect(page).toHaveTitle(/^Governors’ summary/);

  const counts = page.getByRole('region', { name: 'Actions by status' }).getByRole('listitem');
  await expect(counts).toHaveText(['1 Not started', '19 On track', '2 At risk', '8 Done', '30 actions in all']);

  const changes = page.getByRole('region', { name: 'What changed since the last review' });
  await expect(changes.getByText('At the last review, on 12 May 2027')).toBeVisible();
  await expect(changes.getByRole('listitem')).toHaveCount(CHANGES.length);
  for (const [index, change] of CHANGES.entries()) await expect(changes.getByRole('listitem').nth(index)).toContainText(change);
  await expect(changes.getByRole('listitem').first()).toContainText('Look at the DfE monitoring report');
  await expect(changes).toContainText('and 1 more: see the development plan.');

  const overdue = page.getByRole('region', { name: 'Overdue' });
  await expect(overdue).toContainText('3 actions are not done and past their target date.');
  const rows = overdue.getByRole('table', { name: 'Overdue actions' }).getByRole('row');
  await expect(rows).toHaveCount(1 + OVERDUE.length);
  for (const [index, cells] of OVERDUE.entries()) await expect(rows.nth(index + 1).getByRole('cell')).toHaveText(cells);

  const legal = page.getByRole('region', { name: 'Legal requirements not yet met' });
  await expect(legal).toContainText('2 of 7 legal requirements are not met.');
  await expect(legal.getByRole('listitem')).toHaveCount(NOT_MET.length);
  for (const [index, duty] of NOT_MET.entries()) await expect(legal.getByRole('listitem').nth(index)).toContainText(duty);

  await expect(page.getByRole('region', { name: 'Next progress check' })).toContainText('7 July 2027: Full governing body');
  await expectNoAxeViolations(page);

  // Printed by the browser: one sheet of A4, the buttons left off.
  await page.emulateMedia({ media: 'print' });
  const printed = test.info().outputPath('governors-summary-printed.pdf');
  writeFileSync(printed, await page.pdf({ format: 'A4', printBackground: true }));
  const paper = readPdf(printed);
  expectTheFacts(paper);
  expect(paper.contains('Download as PDF')).toBe(false);
  await page.emulateMedia({ media: 'screen' });

  // The PDF export: the same facts, one page, its title and language set.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('northfield-primary-school-attendance-governors-summary-2027-05-20.pdf');
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const exported = readPdf(file);
  expectTheFacts(exported);
  expect(exported.pages[0]).toMatch(/Page 1 of 1/);
  expect(exported.info).toMatch(/Title:\s+Northfield Primary School: Governors’ summary, 20 May 2027/);
  expect(exported.language).toBe('en-GB');
  // Counts by status, each in its box: Not started, On track, At risk, Done, then the total.
  expect(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })).toMatch(/1\s+19\s+2\s+8\s+30/);
});
