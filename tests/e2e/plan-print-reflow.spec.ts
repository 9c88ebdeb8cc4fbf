/**
 * The printable plan is the accessible version of the plan, so it must
 * reflow: at 320 CSS pixels (1280 at 400% zoom, WCAG 1.4.10) the page never
 * scrolls sideways. The action plan and the findings stack each row's cells;
 * the tables of numbers scroll in their own named box, reached by Tab. On A4
 * it prints as before, nothing clipped. The plan is a team's whole
 * self-evaluation with sixteen actions, some of long text.
 */
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { readable } from './support/pdf-reader';
import { expectNoAxeViolations } from './support/backup-files';
import { TEAM_AUDIT_ID, longActions, restoreTeamPlan } from './support/team-plan-backup';

const actions = longActions();
const COLUMNS = ['No.', 'Action', 'Success measure', 'Lead', 'Target date', 'Status and progress'];

async function openPrintablePlan(page: Page): Promise<void> {
  await restoreTeamPlan(page, 'anonymous', actions);
  await page.goto(`/audits/${TEAM_AUDIT_ID}/plan/print`);
  await expect(page.getByRole('heading', { level: 2, name: 'How the team rated' })).toBeVisible();
}

const pageWidth = (page: Page) => page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, width: document.documentElement.clientWidth }));

test('at 320 pixels the printable plan never scrolls sideways: long tables stack, tables of numbers scroll in a named box reached by Tab', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openPrintablePlan(page);
  await expect(page.getByRole('table', { name: /^16 actions/ })).toBeVisible();
  const { scrollWidth, width } = await pageWidth(page);
  expect(width).toBe(320);
  expect(scrollWidth).toBeLessThanOrEqual(320);

  // The action plan stacks: still a table to a screen reader, each cell under its heading on screen, nothing cut off.
  const plan = page.getByRole('table', { name: /^16 actions/ });
  await expect(plan.getByRole('columnheader')).toHaveText(COLUMNS);
  const longAddress = plan.getByRole('row').filter({ hasText: 'working-together-to-improve' });
  await expect(longAddress.getByRole('cell')).toHaveCount(6);
  const cells = await longAddress.getByRole('cell').evaluateAll((elements) =>
    elements.map((cell) => ({ label: getComputedStyle(cell, '::before').content, right: cell.getBoundingClientRect().right, fits: cell.scrollWidth <= cell.clientWidth })),
  );
  // Each cell shows its column's heading above it (the first, beside it), with an empty alternative for screen readers.
  expect(cells.map((cell) => /^"([^"]*)"/.exec(cell.label)?.[1]?.trim())).toEqual(COLUMNS);
  for (const cell of cells) expect(cell.label).toMatch(/ \/ ""$/);
  for (const cell of cells) expect(cell, 'a cell inside the screen, its text wrapped').toMatchObject({ fits: true });
  expect(Math.max(...cells.map((cell) => cell.right))).toBeLessThanOrEqual(320);
  // The column's heading shown in each cell is not read out a second time.
  await expect(longAddress.getByRole('cell').nth(3)).toHaveAccessibleName('Family liaison officer');
  // Stacked, no table of long text is wider than its box, so none adds a tab stop.
  const stackedBoxRoles = await page.locator('.app-plan-print__stack').evaluateAll((tables) => tables.map((table) => table.closest('.app-table-box')?.getAttribute('role') ?? 'none'));
  expect(stackedBoxRoles).toEqual(Array(8).fill('none'));

  // Every table still wider than the screen is in a named box that Tab reaches and the arrow keys scroll.
  const wide = await page.locator('.app-table-box').evaluateAll((boxes) => boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => box.getAttribute('aria-label')));
  expect(wide).toEqual(['Scores by section', 'Each section’s scores across the team', 'Legal requirements and whether each is met', 'Sections by Ofsted evaluation area']);
  const reached: string[] = [];
  await page.getByRole('link', { name: 'Back to the development plan' }).focus();
  for (let press = 0; press < 40 && reached.length < wide.length; press++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => (document.activeElement?.getAttribute('role') === 'region' ? document.activeElement.getAttribute('aria-label') : null));
    if (focused) reached.push(focused);
  }
  expect(reached).toEqual(wide);
  const scores = page.getByRole('region', { name: 'Scores by section' });
  await scores.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => scores.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await expectNoAxeViolations(page);

  for (const [name, heading] of [['top', 'Summary'], ['team', 'How the team rated'], ['actions', 'Action plan'], ['findings', 'Findings by section']] as const) {
    await page.getByRole('heading', { level: 2, name: heading }).evaluate((element) => element.scrollIntoView());
    await page.screenshot({ path: test.info().outputPath(`plan-print-320-${name}.png`) });
  }
  await longAddress.evaluate((element) => element.scrollIntoView());
  await page.screenshot({ path: test.info().outputPath('plan-print-320-long-action.png') });
});

test('at 1280 pixels the plan prints on A4 as before: the action table in columns across the page, nothing clipped', async ({ page }) => {
  await openPrintablePlan(page);
  await page.emulateMedia({ media: 'print' });
  // On paper no table scrolls or stacks: each spans the page, and no box would clip it.
  const boxes = await page.locator('.app-table-box').evaluateAll((elements) => elements.map((box) => ({ overflow: getComputedStyle(box).overflowX, clipped: box.scrollWidth > box.clientWidth + 1 })));
  expect(boxes.every((box) => box.overflow === 'visible' && !box.clipped), JSON.stringify(boxes)).toBe(true);
  expect(await page.locator('.app-plan-print__stack').evaluateAll((tables) => tables.map((table) => getComputedStyle(table).display))).toEqual(Array(8).fill('table'));

  const file = test.info().outputPath('plan-printed.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = readable(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));
  expect(text).toContain('No. Action Success measure Lead Target date Status and progress');
  for (const { action } of actions.slice(1)) expect(text).toContain(readable(action));
  expect(text).toContain('Whitfield (assistant headteacher, inclusion)');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', file, test.info().outputPath('plan-printed-page')]);
});
