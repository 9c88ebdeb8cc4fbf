import { expect, test, type Page } from '@playwright/test';
import { buildChartModel, type DomainResult } from '../../src/core/chart-model';
import { describeBasisAlone, sumBasis } from '../../src/core/score-basis';
import { parseSlideHeading, readSlide, type SlideSeen } from './support/meeting-slides';
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

/** The ratings a domain shows across its slides, as each row reads. */
const rowsOf = (domain: DomainResult) => domain.indicators.map((indicator) => `${indicator.statement}${indicator.ratingText}${indicator.earlierRatingText === null ? '' : ` (earlier: ${indicator.earlierRatingText})`}`);

/**
 * Steps through every slide with `keys` (in turn), one press each, and checks
 * that each press moved exactly one slide, that the counter and ?slide= agree,
 * and that each slide fits the screen. Returns every slide seen.
 */
async function walkSlides(page: Page, keys: readonly string[]): Promise<SlideSeen[]> {
  const seen = [await readSlide(page)];
  expect(seen[0]!.number).toBe(1);
  for (let press = 0; seen.at(-1)!.number < seen[0]!.count; press++) {
    await page.keyboard.press(keys[press % keys.length]!);
    const before = seen.at(-1)!;
    await expect.poll(async () => (await readSlide(page)).number, { message: `${keys[press % keys.length]} after “${before.heading}”` }).toBe(before.number + 1);
    const slide = await readSlide(page);
    expect(slide.slideParam).toBe(slide.number - 1);
    expect(slide.count).toBe(before.count);
    seen.push(slide);
    expect(press).toBeLessThan(40);
  }
  return seen;
}

/** Every domain's ratings, each on exactly one of its slides and in order, the slides after its first marked "continued, n of m". */
function expectEveryRatingShown(slides: readonly SlideSeen[], domains: readonly DomainResult[]) {
  for (const domain of domains) {
    const own = slides.filter((slide) => parseSlideHeading(slide.heading).title === domain.title);
    expect(own.length, domain.title).toBeGreaterThan(0);
    expect(own[0]!.heading).toBe(domain.title);
    own.slice(1).forEach((slide, index) => expect(slide.heading).toBe(`${domain.title} (continued, ${index + 2} of ${own.length})`));
    expect(own.flatMap((slide) => slide.ratings)).toEqual(rowsOf(domain));
  }
}

test('meeting mode starts on the radar, steps through every slide one key press at a time and leaves with Esc', async ({ page }) => {
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
  // Only part of the toolkit is rated, and the slide says so beside the score.
  const basis = describeBasisAlone(sumBasis(model.domains));
  expect(basis).toBe('Based on 11 of 39 statements (2 not applicable)');
  await expect(page.getByText(basis, { exact: true })).toBeVisible();
  const radar = page.getByRole('figure', { name: /Radar chart of domain scores/ });
  await expectRadarAxes(radar, model, 2);
  await expectRadarLabelsFit(radar, model);
  await expect(radar.getByRole('img', { name: /^This self-evaluation/ })).toHaveCount(1);
  await expect(radar.getByRole('img', { name: /^Earlier self-evaluation/ })).toHaveCount(1);
  const table = page.getByRole('table', { name: 'Scores by section' });
  await expect(table.getByRole('row')).toHaveCount(toolkit.domains.length + 1);
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('contentinfo')).toHaveCount(0);
  await expectNothingEditable(page);
  await saveScreenshot(page, 'meeting-overview.png');
  await expectNoAxeViolations(page);

  // Forward with each key a clicker or a keyboard sends: every press is one slide, never a scroll.
  const slides = await walkSlides(page, ['ArrowRight', 'PageDown', ' ']);
  expectEveryRatingShown(slides.slice(1), model.domains);
  expect(slides.at(-1)!.count).toBe(slides.length);

  // Back to the first section's slide, to see what is on it.
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const first = model.domains[0]!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.title);
  await expect(page.getByText(`Section 1 of ${model.domains.length}`)).toBeVisible();
  await expect(page.getByText(describeBasisAlone(first), { exact: true })).toBeVisible();
  await expect(page.getByText(`Earlier ${first.earlier?.scoreText}, change ${first.changeText}`)).toBeVisible();
  await expect(page.getByText('Governors ask about attendance at every meeting.')).toBeVisible();
  await expect(page.getByText('Parents knew who the attendance champion is.')).toBeVisible();
  await expectNothingEditable(page);
  await saveScreenshot(page, 'meeting-domain.png');
  await expectNoAxeViolations(page);
  const notRated = model.domains.find((domain) => domain.score === null)!;
  expect(notRated).toBeDefined();
  await page.goto(`${page.url().replace(/&?slide=\d+/, '')}&slide=${slides.findIndex((slide) => slide.heading === notRated.title)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(notRated.title);
  await expect(page.getByText('Score Not rated')).toBeVisible();
  await saveScreenshot(page, 'meeting-not-rated.png');

  // A clicker pressed twice quickly: both presses arrive before the page has redrawn, and each still moves one slide.
  await page.keyboard.press('Home');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(autumn.title);
  await page.evaluate(() => {
    for (let press = 0; press < 2; press += 1) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'PageDown', bubbles: true }));
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(slides[2]!.heading);

  // The last slide stays the last, whatever is pressed.
  await page.keyboard.press('End');
  const last = await readSlide(page);
  expect(last.number).toBe(last.count);
  for (const key of ['ArrowRight', 'PageDown', ' ']) await page.keyboard.press(key);
  expect((await readSlide(page)).number).toBe(last.count);

  // And back, one slide a press.
  for (let number = last.count - 1, press = 0; number >= 1; number--, press++) {
    await page.keyboard.press(['PageUp', 'ArrowLeft', 'Shift+Space'][press % 3]!);
    await expect.poll(async () => (await readSlide(page)).number).toBe(number);
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(autumn.title);
  await page.keyboard.press('End');
  expect((await readSlide(page)).heading).toBe(slides.at(-1)!.heading);
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

/** The rest of "barriers", rated in the autumn audit so that the section is long and its lowest ratings come last. */
const barriersRest: Record<string, string> = {
  'physical-health': 'Embedded',
  'ebsa-and-mental-health': 'Developing',
  'send-and-attendance': 'Developing',
  'part-time-timetables': 'Not yet in place',
  'bullying-as-barrier': 'Not yet in place',
};

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`at ${size.width}×${size.height} every slide fits the screen, and a long section continues on the next slide`, async ({ page }) => {
    await makeTwoAudits(page);
    const auditId = auditIdFrom(page.url());
    const barriers = toolkit.domains.find((domain) => domain.id === 'barriers')!;
    await page.goto(`/audits/${auditId}/domains/barriers`);
    for (const [id, level] of Object.entries(barriersRest)) {
      const statement = barriers.indicators.find((indicator) => indicator.id === id)!.statement;
      await page.getByRole('group', { name: statement }).getByRole('radio', { name: level, exact: true }).check();
    }
    await expect(page.getByRole('status')).toHaveText('All changes saved.');
    const long = 'Pupils with medical needs have a plan agreed with their family, and the school nurse joins the review. ';
    await writeReflection(page, { auditId, domainId: 'barriers', workingWell: long.repeat(2), evenBetterIf: 'We heard from young carers before their attendance dropped. '.repeat(2) });
    await page.goto(`/audits/${auditId}/results`);
    await page.getByLabel('Compare with an earlier self-evaluation').selectOption({ label: summer.label });
    await expect(page).toHaveURL(/compare=/);
    const compare = new URL(page.url()).searchParams.get('compare')!;

    await page.setViewportSize(size);
    await page.goto(`/audits/${auditId}/meeting?compare=${compare}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(autumn.title);
    // A clicker sends Page Down: one press, one slide, through every slide; each one checked against the screen.
    const slides = await walkSlides(page, ['PageDown']);
    const answers = { ...autumnAnswers };
    for (const [id, label] of Object.entries(barriersRest)) answers[id] = { rating: toolkit.scale.levels.find((level) => level.label === label)!.value, note: '' };
    const shown = buildChartModel(toolkit, answers, { earlier: { toolkit, answers: summerAnswers } });
    expectEveryRatingShown(slides.slice(1), shown.domains);

    // The long section is split, says it goes on, and its lowest-rated lines (its last two) reach the screen.
    const own = slides.filter((slide) => parseSlideHeading(slide.heading).title === barriers.title);
    expect(own.length).toBeGreaterThan(1);
    const lowest = barriers.indicators.slice(-2).map((indicator) => `${indicator.statement}Not yet in place (earlier: Not answered)`);
    expect(own.slice(1).flatMap((slide) => slide.ratings).filter((row) => lowest.includes(row))).toEqual(lowest);
    await page.keyboard.press('Home');
    for (let press = 0; press < slides.indexOf(own[0]!); press++) await page.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(barriers.title);
    await expect(page.getByText(/^Continued on the next slide: \d+ more ratings?\.$/)).toBeVisible();
    await saveScreenshot(page, `meeting-long-${size.width}x${size.height}.png`);
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${barriers.title} (continued, 2 of ${own.length})`);
    await expect(page).toHaveTitle(new RegExp(`^${barriers.title} \\(continued, 2 of ${own.length}\\) – meeting mode`));
    await saveScreenshot(page, `meeting-continued-${size.width}x${size.height}.png`);
    await expectNoAxeViolations(page);
  });
}
