/**
 * The largest toolkit the charts must stay readable for: a five-level scale
 * (0 to 4) and twelve sections with short titles near the 24 characters
 * allowed, brought in as custom toolkits arrive today (in a backup restored
 * on the settings page), rated through the rating pages. The radar on the
 * results page, at 1280×720 and 320 pixels wide, the one in the development
 * plan PDF and the printable plan's keep every label whole and apart. Screenshots of both
 * are saved for people to look at.
 */
import { execFileSync } from 'node:child_process';
import { expect, test, type Locator } from '@playwright/test';
import { buildChartModel } from '../../src/core/chart-model';
import { lintToolkit } from '../../src/core/lint-toolkit';
import { parseToolkit } from '../../src/core/parse-toolkit';
import { paths } from '../../src/lib/paths';
import { bigScaleToolkit as toolkit } from './support/big-scale-toolkit';
import { restoreToolkitAudit } from './support/custom-toolkit';
import { pageWords, readPdf, type PdfWord } from './support/pdf-reader';
import { answersFor, expectRadarAxes, expectRadarLabelsFit, rateAudit, type RatingPlan } from './support/results-flow';
import { saveScreenshot } from './support/screenshots';

const A4_WIDTH_POINTS = 595.28;

/** Every score from 0 to 4 in halves, one section left unrated ("Not rated" is the widest score text), one at 0 (the centre). */
const plan: RatingPlan = Object.fromEntries(
  toolkit.domains.flatMap((domain, d) => {
    if (d === 10) return [];
    const [planned, reviewed] = domain.indicators;
    const first = d % 5;
    const second = d === 0 ? 0 : Math.min(4, first + (d % 2));
    return [
      [planned!.id, first],
      [reviewed!.id, second],
    ];
  }),
);

/** The level numbers on the rings are drawn apart from one another, however close the rings. */
async function expectRingNumbersApart(radar: Locator): Promise<void> {
  const boxes = await radar.getByRole('group', { name: 'Radar chart' }).evaluate((svg) =>
    [...svg.querySelectorAll('text[aria-hidden="true"]')].map((text) => {
      const box = text.getBoundingClientRect();
      return { text: text.textContent ?? '', top: box.top, bottom: box.bottom };
    }),
  );
  expect(boxes.length, 'at least the outer ring is numbered').toBeGreaterThan(0);
  const sorted = boxes.sort((a, b) => a.top - b.top);
  for (const [index, box] of sorted.slice(1).entries()) expect(box.top, `ring numbers ${sorted[index]!.text} and ${box.text} overlap`).toBeGreaterThanOrEqual(sorted[index]!.bottom);
}

/** The outer ring's diameter, in pixels: the rings must stay large enough to read, not shrink to make room. */
function ringDiameter(radar: Locator): Promise<number> {
  return radar.getByRole('group', { name: 'Radar chart' }).evaluate((svg) => Math.max(0, ...[...svg.querySelectorAll('circle')].map((circle) => 2 * circle.r.baseVal.value)));
}

type Box = Omit<PdfWord, 'text'>;

/** The box around a radar label in the PDF: its name's words, one after another, and its score just below them. */
function labelBox(words: readonly PdfWord[], name: string, score: string): Box | undefined {
  const parts = name.split(' ');
  for (let at = 0; at + parts.length <= words.length; at++) {
    const run = words.slice(at, at + parts.length);
    if (!run.every((word, index) => word.text === parts[index])) continue;
    // The name on one line: a word of the same text elsewhere (a table cell) is on a line of its own.
    if (run.some((word) => Math.abs(word.yMin - run[0]!.yMin) > 1)) continue;
    const nameBox = { xMin: Math.min(...run.map((word) => word.xMin)), yMin: run[0]!.yMin, xMax: Math.max(...run.map((word) => word.xMax)), yMax: run[0]!.yMax };
    const below = words.find(
      (word) => score.startsWith(word.text) && word.yMin >= nameBox.yMin + 1 && word.yMin < nameBox.yMax + 4 && word.xMin < nameBox.xMax && word.xMax > nameBox.xMin,
    );
    if (!below) continue;
    const scoreWords = words.filter((word) => Math.abs(word.yMin - below.yMin) < 1 && word.xMin >= below.xMin && word.xMin < below.xMin + 60).slice(0, score.split(' ').length);
    return {
      xMin: Math.min(nameBox.xMin, ...scoreWords.map((word) => word.xMin)),
      yMin: nameBox.yMin,
      xMax: Math.max(nameBox.xMax, ...scoreWords.map((word) => word.xMax)),
      yMax: Math.max(...scoreWords.map((word) => word.yMax)),
    };
  }
  return undefined;
}

const isApart = (a: Box, b: Box) => a.xMax <= b.xMin || b.xMax <= a.xMin || a.yMax <= b.yMin || b.yMax <= a.yMin;

test('the toolkit is valid and keeps the editorial rules', () => {
  expect(parseToolkit(structuredClone(toolkit)).ok).toBe(true);
  expect(lintToolkit(toolkit)).toEqual([]);
  expect(toolkit.scale.levels.map((level) => level.value)).toEqual([0, 1, 2, 3, 4]);
  expect(toolkit.domains).toHaveLength(12);
});

test('twelve sections on a scale of 0 to 4: the results radar and the plan PDF keep every label readable', async ({ page }) => {
  await restoreToolkitAudit(page, toolkit, { school: 'Oakwood Primary School', title: 'Wellbeing review', date: '2026-11-25' }, 'big-scale-audit');
  await rateAudit(page, toolkit, plan);
  const model = buildChartModel(toolkit, answersFor(plan));
  expect(model.domains.map((domain) => domain.scoreText)).toEqual(expect.arrayContaining(['0.0', '4.0', 'Not rated']));

  const radar = page.getByRole('figure', { name: /Radar chart of section scores/ });
  await expectRadarAxes(radar, model, 1);
  // Saved before the checks, so that a failure leaves the picture of it.
  await radar.scrollIntoViewIfNeeded();
  await saveScreenshot(page, 'big-scale-results-1280.png');
  await saveScreenshot(radar, 'big-scale-radar-1280.png');
  await expectRadarLabelsFit(radar, model);
  await expectRingNumbersApart(radar);
  expect(await ringDiameter(radar)).toBeGreaterThan(250);

  await page.setViewportSize({ width: 320, height: 640 });
  await expect.poll(() => radar.evaluate((figure) => figure.getBoundingClientRect().width)).toBeLessThan(320);
  await saveScreenshot(radar, 'big-scale-radar-320.png');
  await expectRadarLabelsFit(radar, model);
  await expectRingNumbersApart(radar);
  // Twelve labels beside the rings leave little room at this width: smaller, but there.
  expect(await ringDiameter(radar)).toBeGreaterThan(70);
  await page.setViewportSize({ width: 1280, height: 720 });

  // The development plan PDF names every section, and draws its radar on the summary page.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
  const file = test.info().outputPath('big-scale-plan.pdf');
  await download.saveAs(file);
  const pdf = readPdf(file);
  for (const domain of toolkit.domains) expect(pdf.contains(domain.title), `the PDF names “${domain.title}”`).toBe(true);
  expect(pdf.contains('on a scale of 0 to 4')).toBe(true);
  const radarPage = pdf.pages.findIndex((text) => text.includes('Summary') && toolkit.domains.every((domain) => text.includes(domain.shortTitle.split(' ')[0]!)));
  expect(radarPage, 'a page holds the summary radar with every section’s label').toBeGreaterThanOrEqual(0);
  // On that page, every label is whole on the paper and clear of every other.
  const words = pageWords(file, radarPage + 1);
  const boxes = model.domains.map((domain) => {
    const box = labelBox(words, domain.shortTitle, domain.scoreText);
    expect(box, `the PDF radar labels ${domain.shortTitle} with its score`).toBeDefined();
    return { name: domain.shortTitle, ...box! };
  });
  for (const box of boxes) expect(box.xMin >= 0 && box.xMax <= A4_WIDTH_POINTS, `${box.name} is on the paper`).toBe(true);
  for (const [index, one] of boxes.entries()) {
    for (const other of boxes.slice(index + 1)) expect(isApart(one, other), `${one.name} and ${other.name} overlap in the PDF`).toBe(true);
  }
  const png = test.info().outputPath('big-scale-plan-radar');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(radarPage + 1), '-l', String(radarPage + 1), '-singlefile', file, png]);

  // Meeting mode's radar, on a projector's 1280×720.
  await page.goto(paths.meeting('big-scale-audit'));
  await expectRadarAxes(radar, model, 1);
  await saveScreenshot(page, 'big-scale-meeting-1280.png');
  await expectRadarLabelsFit(radar, model);
  expect(await ringDiameter(radar)).toBeGreaterThan(300);

  // The printable plan draws the same radar as SVG, its labels apart too.
  await page.goto(paths.printPlan('big-scale-audit'));
  const printRadar = page.getByRole('figure', { name: /Radar chart of section scores/ });
  await saveScreenshot(printRadar, 'big-scale-print-radar.png');
  const printLabels = await printRadar.locator('svg text').evaluateAll((texts) =>
    texts.map((text) => {
      const box = text.getBoundingClientRect();
      return { name: text.firstChild?.textContent ?? '', xMin: box.left, yMin: box.top, xMax: box.right, yMax: box.bottom };
    }),
  );
  expect(printLabels.map((label) => label.name).sort()).toEqual(toolkit.domains.map((domain) => domain.shortTitle).sort());
  for (const [index, one] of printLabels.entries()) {
    for (const other of printLabels.slice(index + 1)) expect(isApart(one, other), `${one.name} and ${other.name} overlap on the printable plan`).toBe(true);
  }
});
