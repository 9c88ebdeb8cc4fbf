import { expect, test, type Page } from '@playwright/test';
import { buildChartModel } from '../../src/core/chart-model';
import { auditIdFrom, expectRadarAxes, expectRadarLabelsFit, writeReflection } from './support/results-flow';
import { saveScreenshot } from './support/screenshots';
import { autumn, autumnAnswers, expectNoAxeViolations, makeTwoAudits, school, summer, summerAnswers, toolkit } from './support/two-audits';

const model = buildChartModel(toolkit, autumnAnswers, { earlier: { toolkit, answers: summerAnswers } });

async function expectNothingEditable(page: Page) {
  for (const role of ['textbox', 'checkbox', 'radio', 'combobox', 'spinbutton', 'slider', 'listbox'] as const) {
    await expect(page.getByRole(role)).toHaveCount(0);
  }
  await expect(page.locator('input, textarea, select, [contenteditable]:not([contenteditable="false"])')).toHaveCount(0);
}

/** Presses a key until the slide for `index` shows: Page Down and Page Up scroll a long slide before moving on. */
async function pressUntilSlide(page: Page, key: 'PageDown' | 'PageUp', index: number) {
  const title = model.domains[index]!.title;
  for (let presses = 1; presses <= 8; presses++) {
    await page.keyboard.press(key);
    if ((await page.getByRole('heading', { level: 1 }).textContent()) === title) return;
  }
  throw new Error(`${key} never reached ${title}`);
}

async function expectDomainSlide(page: Page, index: number) {
  const domain = model.domains[index]!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(domain.title);
  await expect(page.getByText(`Domain ${index + 1} of ${model.domains.length}`)).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Meeting mode' })).toContainText(`Showing ${domain.title}, ${index + 2} of ${model.domains.length + 1}`);
  const ratings = page.getByRole('region', { name: 'Ratings' }).getByRole('listitem');
  await expect(ratings).toHaveText(domain.indicators.map((indicator) => `${indicator.statement}${indicator.ratingText} (earlier: ${indicator.earlierRatingText})`));
  await expect(page.getByText(`Earlier ${domain.earlier?.scoreText}, change ${domain.changeText}`)).toBeVisible();
}

test('meeting mode starts on the radar, steps through domains with the keyboard and leaves with Esc', async ({ page }) => {
  await makeTwoAudits(page);
  const auditId = auditIdFrom(page.url());
  await writeReflection(page, { auditId, domainId: 'leadership', workingWell: 'Governors ask about attendance at every meeting.', evenBetterIf: 'Parents knew who the attendance champion is.' });
  await page.goto(`/audits/${auditId}/results`);
  await page.getByLabel('Compare with an earlier self-evaluation').selectOption({ label: summer.label });
  await page.getByRole('button', { name: 'Start meeting mode' }).click();

  // Full screen, then the overall radar first, with both series, and no site header, footer or anything to type in.
  await expect(page).toHaveURL(/\/meeting\?compare=/);
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
  await expect(page.getByRole('button', { name: 'Exit full screen' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(autumn.title);
  await expect(page.getByText(school, { exact: true })).toBeVisible();
  const radar = page.getByRole('figure', { name: /Radar chart of domain scores/ });
  await expectRadarAxes(radar, model, 2);
  await expectRadarLabelsFit(radar, model);
  await expect(radar.getByRole('img', { name: /^This self-evaluation/ })).toHaveCount(1);
  await expect(radar.getByRole('img', { name: /^Earlier self-evaluation/ })).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'Scores by domain' }).getByRole('row')).toHaveCount(toolkit.domains.length + 1);
  // The whole overview, key included, is on the screen at once.
  expect(await page.getByRole('main').evaluate((main) => main.scrollHeight <= main.clientHeight)).toBe(true);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expectNothingEditable(page);
  await saveScreenshot(page, 'meeting-overview.png');
  await expectNoAxeViolations(page);

  // Forward with what a clicker sends, one domain at a time.
  await page.keyboard.press('ArrowRight');
  await expectDomainSlide(page, 0);
  await expect(page.getByText('Governors ask about attendance at every meeting.')).toBeVisible();
  await expect(page.getByText('Parents knew who the attendance champion is.')).toBeVisible();
  await expectNothingEditable(page);
  await saveScreenshot(page, 'meeting-domain.png');
  await expectNoAxeViolations(page);
  const last = model.domains.length - 1;
  expect(model.domains.some((domain) => domain.score === null)).toBe(true);
  for (let index = 1; index <= last; index++) {
    if (index % 2 === 1) await pressUntilSlide(page, 'PageDown', index);
    else await page.keyboard.press('ArrowRight');
    await expectDomainSlide(page, index);
    if (index === 1) await expect(page.getByText('Nothing written yet.')).toHaveCount(2);
    if (model.domains[index]!.score === null) {
      await expect(page.getByText('Score Not rated')).toBeVisible();
      await saveScreenshot(page, 'meeting-not-rated.png');
    }
  }
  // The last slide stays the last.
  await page.keyboard.press('ArrowRight');
  await expectDomainSlide(page, last);
  for (let presses = 0; presses < 8; presses++) await page.keyboard.press('PageDown');
  await expectDomainSlide(page, last);

  // And back: each slide starts at its top, so Page Up moves straight on.
  for (let index = last - 1; index >= 0; index--) {
    // First an arrow: the last slide was scrolled to its end above.
    await page.keyboard.press((last - index) % 2 === 1 ? 'ArrowLeft' : 'PageUp');
    await expectDomainSlide(page, index);
  }
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(autumn.title);
  await page.keyboard.press('End');
  await expectDomainSlide(page, last);
  await page.keyboard.press('Home');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(autumn.title);

  // Esc leaves, back to the results with the same comparison.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(false);
  await expect(page).toHaveURL(new RegExp(`/audits/${auditId}/results\\?compare=`));
  await expect(page.getByLabel('Compare with an earlier self-evaluation')).toHaveValue(/.+/);
  await expect(page.getByRole('figure', { name: /Radar chart/ }).getByRole('img', { name: /^Earlier self-evaluation/ })).toHaveCount(1);
});

test('without the Fullscreen API, meeting mode fills the window and works with the on-screen buttons', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Document.prototype, 'fullscreenEnabled', { get: () => false });
    Object.defineProperty(Element.prototype, 'requestFullscreen', { value: undefined });
  });
  await makeTwoAudits(page);
  await page.getByRole('button', { name: 'Start meeting mode' }).click();
  const controls = page.getByRole('navigation', { name: 'Meeting mode' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(autumn.title);
  await expect(controls.getByRole('button', { name: /full screen/i })).toHaveCount(0);
  // The fallback: the meeting view covers the whole window.
  const viewport = page.viewportSize()!;
  const main = (await page.getByRole('main').boundingBox())!;
  const bar = (await controls.boundingBox())!;
  expect([main.x, main.y, main.width, Math.round(bar.y + bar.height)]).toEqual([0, 0, viewport.width, viewport.height]);
  await expect(controls.getByRole('button', { name: 'Previous' })).toBeDisabled();
  await controls.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(toolkit.domains[0]!.title);
  // Not comparing: no earlier ratings or change.
  await expect(page.getByText(/earlier/i)).toHaveCount(0);
  await controls.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(autumn.title);
  await controls.getByRole('button', { name: 'Leave meeting mode' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
});

test('on a slide too long for the screen, Page Down scrolls it before moving on', async ({ page }) => {
  await makeTwoAudits(page);
  const auditId = auditIdFrom(page.url());
  await writeReflection(page, { auditId, domainId: 'leadership', workingWell: 'Governors ask about attendance at every meeting. '.repeat(4), evenBetterIf: 'Parents knew who the attendance champion is. '.repeat(4) });
  await page.setViewportSize({ width: 800, height: 450 });
  await page.goto(`/audits/${auditId}/meeting?slide=1`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(toolkit.domains[0]!.title);
  const main = page.getByRole('main');
  const position = () => main.evaluate((element) => ({ top: element.scrollTop, atEnd: element.scrollTop + element.clientHeight >= element.scrollHeight - 1 }));
  expect(await position()).toEqual({ top: 0, atEnd: false });

  let presses = 0;
  while ((await page.getByRole('heading', { level: 1 }).textContent()) === toolkit.domains[0]!.title) {
    const before = await position();
    await page.keyboard.press('PageDown');
    presses++;
    if (!before.atEnd) await expect.poll(async () => (await position()).top).toBeGreaterThan(before.top);
    expect(presses).toBeLessThan(10);
  }
  // It took more than one press, and the next slide starts at its top.
  expect(presses).toBeGreaterThan(1);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(toolkit.domains[1]!.title);
  expect((await position()).top).toBe(0);
  await expectNoAxeViolations(page);
});
