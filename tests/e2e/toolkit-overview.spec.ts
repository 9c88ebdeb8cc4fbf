/**
 * A toolkit read ahead of a self-evaluation, and its blank copy on paper: the
 * shipped attendance toolkit whole, by mouse and keyboard; its blank copy
 * printed to A4 and read back with pdftotext; a toolkit from a backup whose
 * statement holds markup, which stays the characters typed on both pages and
 * on paper; a toolkit that differs from the shipped one of the same version;
 * and an older version kept on this device.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { describeReviewTime, estimateReviewTime } from '../../src/core/review-scope';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { paths } from '../../src/lib/paths';
import { customToolkit, restoreToolkitAudit } from './support/custom-toolkit';
import { collapseWhitespace, pdfText } from './support/pdf-text';
import { saveScreenshot } from './support/screenshots';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const registers = toolkit.domains.find((domain) => domain.id === 'registers-and-data')!;
/** A statement that is both core and a legal requirement. */
const accurateRegisters = registers.indicators.find((indicator) => indicator.id === 'accurate-registers')!;

/** The attendance toolkit's first edition, which audits made last year still use. */
const firstEdition = JSON.parse(readFileSync(resolve(import.meta.dirname, '../fixtures/attendance-first-edition.json'), 'utf8')) as Toolkit;

const statementRegion = (page: Page, statement: string) => page.getByRole('region', { name: statement });

test('the overview shows the whole toolkit: its time, scale, every section and each statement’s levels', async ({ page }) => {
  await page.goto(paths.toolkit(toolkit.id, toolkit.version));
  await expect(page.getByRole('heading', { level: 1, name: toolkit.title })).toBeVisible();
  await expect(page).toHaveTitle(`${toolkit.title} – Reflect`);
  await expect(page.getByText(toolkit.summary)).toBeVisible();
  await expect(page.getByText(toolkit.audience)).toBeVisible();
  await expect(page.getByText(`Full review: ${describeReviewTime(estimateReviewTime(toolkit, 'full'))}`)).toBeVisible();
  await expect(page.getByText(`Quick review (core statements only): ${describeReviewTime(estimateReviewTime(toolkit, 'quick'))}`)).toBeVisible();
  const scale = page.getByRole('table', { name: 'Levels of the scale' });
  for (const level of toolkit.scale.levels) await expect(scale.getByRole('row', { name: `${level.value} ${level.label}` })).toBeVisible();

  for (const [index, domain] of toolkit.domains.entries()) {
    const heading = page.getByRole('heading', { level: 2, name: `Section ${index + 1} of ${toolkit.domains.length} ${domain.title}` });
    await expect(heading).toBeVisible();
    await expect(page.getByRole('region', { name: domain.title })).toContainText(domain.description);
  }

  // The statement's heading carries its tags, as the rating pages show them; below it the law, every level, the prompts and the source.
  const statement = statementRegion(page, accurateRegisters.statement);
  await expect(statement.getByRole('heading', { level: 3 })).toHaveText(`Statement 1${accurateRegisters.statement} Core Legal requirement`);
  await expect(statement).toContainText(`What the law requires: ${accurateRegisters.legalDuty!.duty}`);
  for (const level of toolkit.scale.levels) {
    await expect(statement.getByRole('term').filter({ hasText: level.label })).toBeVisible();
    await expect(statement.getByRole('definition').filter({ hasText: accurateRegisters.descriptors[String(level.value)]! })).toBeVisible();
  }
  for (const prompt of accurateRegisters.evidencePrompts) await expect(statement.getByRole('listitem').filter({ hasText: prompt })).toBeVisible();
  await expect(statement).toContainText(accurateRegisters.reference);

  // Every statement of every section is there.
  for (const domain of toolkit.domains) {
    for (const indicator of domain.indicators) await expect(statementRegion(page, indicator.statement)).toHaveCount(1);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Words used in this toolkit' })).toBeVisible();
  const glossary = toolkit.glossary![0]!;
  await expect(page.getByRole('definition').filter({ hasText: glossary.definition })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ask families' })).toContainText(toolkit.questionnaires![0]!.title);
  await saveScreenshot(page, 'toolkit-overview.png');

  // A contents link takes the reader to its section.
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('link', { name: toolkit.domains.at(-1)!.title }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(toolkit.domains.at(-1)!.title) })).toBeInViewport();

  await expect(page.getByRole('link', { name: 'Print a blank copy' })).toHaveAttribute('href', paths.toolkitPrint(toolkit.id, toolkit.version));
  await expect(page.getByRole('link', { name: 'Back to toolkits' }).first()).toHaveAttribute('href', paths.toolkits());
  await page.getByRole('link', { name: 'Start a self-evaluation with this toolkit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start a new self-evaluation' })).toBeVisible();
  await expect(page.getByRole('radio', { name: toolkit.title })).toBeVisible();
});

/** The accessible name of each element Tab reaches, in order, until focus comes back round. */
async function tabThrough(page: Page, presses: number): Promise<string[]> {
  const names: string[] = [];
  for (let press = 0; press < presses; press++) {
    await page.keyboard.press('Tab');
    names.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? ''));
  }
  return names;
}

test('by keyboard: the contents links and “Print a blank copy” are reached by Tab, and a contents link moves there', async ({ page }) => {
  await page.goto(paths.toolkit(toolkit.id, toolkit.version));
  await expect(page.getByRole('heading', { level: 1, name: toolkit.title })).toBeVisible();
  const reached = await tabThrough(page, 20);
  expect(reached).toContain('Print a blank copy');
  expect(reached).toContain('Start a self-evaluation with this toolkit');
  for (const domain of toolkit.domains) expect(reached).toContain(domain.title);
  expect(reached.indexOf('Print a blank copy')).toBeLessThan(reached.indexOf(toolkit.domains[0]!.title));

  // Back to the contents link of the second section, and Enter follows it: the section is in view and the next Tab starts there.
  const second = toolkit.domains[1]!;
  await page.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: second.title }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#section-${second.id}$`));
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(second.title) })).toBeInViewport();
});

test('the blank copy prints on A4: each section from a new page, every statement with its levels, prompts and room for notes', async ({ page }) => {
  await page.goto(paths.toolkit(toolkit.id, toolkit.version));
  await page.getByRole('link', { name: 'Print a blank copy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: toolkit.title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
  // The boxes are drawn for a pen, not offered as controls; each level is read as text.
  await expect(page.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('list', { name: 'Levels for statement 1' }).first().getByRole('listitem')).toHaveText([
    ...toolkit.scale.levels.map((level) => `${level.label} ${toolkit.domains[0]!.indicators[0]!.descriptors[String(level.value)]}`),
    'n/a Not applicable to our school',
  ]);
  await saveScreenshot(page, 'toolkit-blank-copy.png');

  const file = test.info().outputPath('blank-copy.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const pages = pdfText(file).split('\f').slice(0, -1).map(collapseWhitespace);
  const all = pages.join(' ');
  expect(all).toContain(`Version ${toolkit.version}`);
  expect(all).toContain('School');
  expect(all).toContain('Who took part');
  expect(all).not.toContain('Print this page');
  for (const indicator of registers.indicators) {
    expect(all).toContain(collapseWhitespace(indicator.statement));
    for (const descriptor of Object.values(indicator.descriptors)) expect(all).toContain(collapseWhitespace(descriptor));
    for (const prompt of indicator.evidencePrompts) expect(all).toContain(collapseWhitespace(prompt));
    // Kept on one page: the statement and its last prompt are printed together.
    const onPage = pages.findIndex((text) => text.includes(collapseWhitespace(indicator.statement)));
    expect(pages[onPage], `“${indicator.statement}” is split across pages`).toContain(collapseWhitespace(indicator.evidencePrompts.at(-1)!));
  }
  // Each section starts a page of its own.
  for (const [index, domain] of toolkit.domains.entries()) {
    expect(pages.some((text) => text.startsWith(`Section ${index + 1} of ${toolkit.domains.length}: ${domain.title}`)), `section ${domain.title} starts a page`).toBe(true);
  }
});

const markup = '<b>Bold</b> & “quotes”';

test('markup in a toolkit from a backup stays the characters typed, on the overview, the blank copy and on paper', async ({ page }) => {
  const withMarkup: Toolkit = structuredClone(customToolkit);
  withMarkup.id = 'markup-check';
  withMarkup.title = `Arrival routines ${markup}`;
  withMarkup.domains[0]!.indicators[0]!.statement = `Pupils are greeted ${markup} at the gate.`;
  await restoreToolkitAudit(page, withMarkup, { school: 'Oakwood Primary School', title: 'Arrival check', date: '2026-11-25' });

  await page.goto(paths.toolkit(withMarkup.id, withMarkup.version));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(withMarkup.title);
  await expect(page.getByRole('heading', { level: 3, name: `Statement 1 ${withMarkup.domains[0]!.indicators[0]!.statement}` })).toBeVisible();
  await expect(page.locator('main b')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Start a self-evaluation with this toolkit' })).toHaveAttribute('href', paths.newAudit());

  await page.getByRole('link', { name: 'Print a blank copy' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(withMarkup.title);
  await expect(page.getByRole('heading', { level: 3, name: `Statement 1 ${withMarkup.domains[0]!.indicators[0]!.statement}` })).toBeVisible();
  await expect(page.locator('main b')).toHaveCount(0);
  const file = test.info().outputPath('blank-copy-markup.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const text = collapseWhitespace(pdfText(file));
  expect(text).toContain(withMarkup.title);
  expect(text).toContain(withMarkup.domains[0]!.indicators[0]!.statement);
});

test('a toolkit from a backup that differs from the shipped one of the same version: the shipped one is shown, and the other is mentioned', async ({ page }) => {
  const edited: Toolkit = structuredClone(toolkit);
  edited.domains[0]!.title = 'Leadership (our own edition)';
  await restoreToolkitAudit(page, edited, { school: 'Oakwood Primary School', title: 'Edited attendance', date: '2026-11-25' });

  await page.goto(paths.toolkit(toolkit.id, toolkit.version));
  await expect(page.getByRole('heading', { level: 1, name: toolkit.title })).toBeVisible();
  await expect(page.getByText(/This device has another toolkit with the same name and version but different content/)).toContainText(
    'This page shows the one that comes with Reflect.',
  );
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(toolkit.domains[0]!.title) })).toBeVisible();
  await expect(page.getByRole('heading', { name: /our own edition/ })).toHaveCount(0);
  // Neither can start a new self-evaluation until one of them has a new version number, and the page says why there is no link.
  await expect(page.getByRole('link', { name: 'Start a self-evaluation with this toolkit' })).toHaveCount(0);
  await expect(page.getByText('New self-evaluations cannot start with this toolkit while this device has two different toolkits of this name and version.')).toBeVisible();
});

test('an older version kept on this device is shown whole, and points to the newest for a new self-evaluation', async ({ page }) => {
  await restoreToolkitAudit(page, firstEdition, { school: 'Oakwood Primary School', title: 'Last year', date: '2025-11-25' });

  await page.goto(paths.toolkit(firstEdition.id, firstEdition.version));
  await expect(page.getByRole('heading', { level: 1, name: firstEdition.title })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: firstEdition.version }).first()).toBeVisible();
  for (const domain of firstEdition.domains) await expect(page.getByRole('heading', { level: 2, name: new RegExp(domain.title) })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start a self-evaluation with this toolkit' })).toHaveCount(0);
  await expect(page.getByText(`New self-evaluations with this toolkit use its newest version, ${toolkit.version}.`)).toBeVisible();
  await page.getByRole('link', { name: `Read version ${toolkit.version}` }).click();
  await expect(page.getByRole('link', { name: 'Start a self-evaluation with this toolkit' })).toBeVisible();
});

test('a toolkit this device does not have: a clear message and a way to the toolkits', async ({ page }) => {
  for (const path of [paths.toolkit(toolkit.id, '9.9.9'), paths.toolkitPrint('no-such-toolkit', toolkit.version)]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Toolkit not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'See the toolkits you can use' })).toHaveAttribute('href', paths.toolkits());
  }
});
