/**
 * A team's development plan in the browser: the PDF downloaded and read with
 * pdftotext, and the printable page (axe clean, readable at 320 pixels).
 *
 * The team self-evaluation (tests/fixtures/team-plan.ts: the lead and nine
 * colleagues, some levels agreed) is seeded through a backup, restored on the
 * settings page as a user restores one, because the invitation and response
 * screens that would gather it are being built alongside this; the test of
 * three laptops exchanging files covers that way in.
 */
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { AGREED_REASONS, COLLEAGUES, TEAM_AUDIT_ID, makeTeamPlan } from '../fixtures/team-plan';
import { expectNoAxeViolations } from './support/backup-files';
import { restoreTeamPlan } from './support/team-plan-backup';
import { readPdf, readable } from './support/pdf-reader';
import { headingLeftAlone } from '../pdf/plan-headings';

async function downloadPlan(page: Page) {
  await page.goto(`/audits/${TEAM_AUDIT_ID}/plan`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
  const file = test.info().outputPath('team-plan.pdf');
  await download.saveAs(file);
  return readPdf(file);
}

const { sources } = makeTeamPlan('anonymous');
const statements = sources.toolkit.domains.flatMap((domain) => domain.indicators);

test('a team’s PDF gives who rated by group, each agreed level with its reason and each median labelled, and no one’s name', async ({ page }) => {
  await restoreTeamPlan(page, 'anonymous');
  const pdf = await downloadPlan(page);

  const team = pdf.pages.find((text) => /^\s*How the team rated\s*$/m.test(text))!;
  expect(team).toMatch(/Senior leaders\s+3\n/);
  expect(team).toMatch(/Teaching staff\s+3\n/);
  expect(team).toMatch(/Everyone who rated\s+9\n/);
  expect(pdf.contains('2 groups have fewer than 3 people who rated: they are counted in the total but not shown apart')).toBe(true);
  for (const [index, reason] of Object.entries(AGREED_REASONS)) {
    const label = sources.toolkit.scale.levels.find((level) => level.value === sources.answers[statements[Number(index)]!.id]!.rating)!.label;
    expect(pdf.contains(`Agreed: ${label} — ${reason}`), reason).toBe(true);
  }
  expect(pdf.contains('Median: Emerging (not yet agreed)')).toBe(true);
  expect(pdf.contains('Lowest to highest of the team’s scores')).toBe(true);
  for (const { name } of COLLEAGUES) expect(pdf.contains(name), name).toBe(false);
  pdf.pages.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${pdf.pages.length}`));
});

test('in open mode the PDF lists who rated', async ({ page }) => {
  await restoreTeamPlan(page, 'open');
  const pdf = await downloadPlan(page);
  const names = /Who rated: The lead, ([^.]*)\./.exec(readable(pdf.pages.join('\n')))?.[1] ?? '';
  // In the order storage gives them, which is not the order they were added in.
  expect(names.split(/, | and /).sort()).toEqual(COLLEAGUES.filter((person) => person.rates && person.takesPart !== 'this-device').map((person) => person.name).sort());
});

test('the printable page of a team’s plan gives the same, in tables with headers, axe clean and readable at 320 pixels', async ({ page }) => {
  await restoreTeamPlan(page, 'anonymous');
  await page.goto(`/audits/${TEAM_AUDIT_ID}/plan/print`);
  await expect(page.getByRole('heading', { level: 2, name: 'How the team rated' })).toBeVisible();

  const groups = page.getByRole('table', { name: 'Who rated, by group' });
  await expect(groups.getByRole('row', { name: 'Senior leaders 3' })).toBeVisible();
  await expect(groups.getByRole('row', { name: 'Teaching staff 3' })).toBeVisible();
  await expect(groups.getByRole('row', { name: 'Everyone who rated 9' })).toBeVisible();
  await expect(groups.getByRole('rowheader')).toHaveText(['Senior leaders', 'Teaching staff', 'Everyone who rated']);
  const spread = page.getByRole('table', { name: 'Each section’s scores across the team' });
  await expect(spread.getByRole('columnheader')).toHaveText(['Section', 'Median', 'Middle half', 'Lowest to highest', 'People']);
  await expect(spread.getByRole('rowheader')).toHaveText(sources.toolkit.domains.map((domain) => domain.title));

  const first = page.getByRole('table', { name: `Ratings: ${sources.toolkit.domains[0]!.title}` });
  await expect(first.getByRole('columnheader', { name: 'The team’s rating' })).toBeVisible();
  await expect(first.getByRole('row').nth(1)).toContainText(`Agreed: Developing — ${AGREED_REASONS[0]}`);
  await expect(first.getByRole('row').nth(2)).toContainText('Median: Emerging (not yet agreed)');
  await expect(page.getByText('Lowest to highest of the team’s scores')).toBeVisible();
  const text = await page.locator('main').innerText();
  for (const { name } of COLLEAGUES) expect(text, name).not.toContain(name);

  await expectNoAxeViolations(page);
  await page.screenshot({ path: test.info().outputPath('team-print.png'), fullPage: true });

  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('heading', { level: 2, name: 'How the team rated' })).toBeVisible();
  const { scrollWidth, width } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(width);
  await expectNoAxeViolations(page);
  // Too wide for the screen, the table of sections scrolls in its own box, which the keyboard can reach; at full width it is no tab stop.
  const box = page.getByRole('region', { name: 'Each section’s scores across the team' });
  await box.focus();
  await expect(box).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await page.getByRole('heading', { level: 2, name: 'How the team rated' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('team-print-320.png'), fullPage: true });

  // Printed on A4, no heading or table header is left at the foot of a page.
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(box).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  const file = test.info().outputPath('team-printed.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const headings = ['Summary', 'How the team rated', 'Each section’s scores across the team', 'Action plan', 'Findings by section', 'What is working well', 'Even better if'];
  for (let number = 1; number <= count; number++) {
    const printed = execFileSync('pdftotext', ['-layout', '-f', String(number), '-l', String(number), file, '-'], { encoding: 'utf8' });
    expect(headingLeftAlone(printed, headings), `printed page ${number}`).toBeNull();
  }
  expect(readable(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }))).toContain(readable(`Agreed: Developing — ${AGREED_REASONS[0]}`));
});
