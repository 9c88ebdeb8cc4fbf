import { expect, type Locator, type Page } from '@playwright/test';
import type { AnswersByIndicator, Rating } from '../../../src/core/audit';
import type { ChartModel, DomainResult } from '../../../src/core/chart-model';
import type { Toolkit } from '../../../src/core/toolkit-schema';
import { goToNextSection, indicatorGroup } from './audit-flow';

/** The rating each indicator gets, by indicator id; missing means left unanswered. */
export type RatingPlan = Record<string, Exclude<Rating, null>>;

/** Rates every domain page in turn, waits for each to save, and ends on the results page. */
export async function rateAudit(page: Page, toolkit: Toolkit, plan: RatingPlan, notes: Record<string, string> = {}): Promise<void> {
  for (const [d, domain] of toolkit.domains.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
    for (const [i, indicator] of domain.indicators.entries()) {
      const rating = plan[indicator.id];
      const group = indicatorGroup(page, indicator.statement);
      if (rating === 'n/a') await group.getByRole('radio', { name: 'Not applicable to our school' }).check();
      else if (rating !== undefined) await group.getByRole('radio', { name: toolkit.scale.levels.find((level) => level.value === rating)!.label, exact: true }).check();
      const note = notes[indicator.id];
      if (note) await page.getByLabel('How do we know? (evidence note)').nth(i).fill(note);
    }
    if (domain.indicators.some((indicator) => plan[indicator.id] !== undefined || notes[indicator.id])) {
      await expect(page.getByRole('status')).toHaveText('All changes saved.');
    }
    await goToNextSection(page, toolkit, d);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();
}

/** The answers the plan produces, as core reads them, to compute what the screens should show. */
export function answersFor(plan: RatingPlan, notes: Record<string, string> = {}): AnswersByIndicator {
  const ids = new Set([...Object.keys(plan), ...Object.keys(notes)]);
  return Object.fromEntries([...ids].map((id) => [id, { rating: plan[id] ?? null, note: notes[id] ?? '' }]));
}

/** The audit id in the address of any of its pages. */
export function auditIdFrom(url: string): string {
  const match = /\/audits\/([^/?#]+)/.exec(new URL(url).pathname);
  if (!match) throw new Error(`No audit in ${url}`);
  return match[1]!;
}

/** Writes a domain's reflections on its page of the audit form, as the team does, and waits until they are stored. */
export async function writeReflection(page: Page, reflection: { auditId: string; domainId: string; workingWell: string; evenBetterIf: string }): Promise<void> {
  await page.goto(`/audits/${reflection.auditId}/domains/${reflection.domainId}`);
  if (reflection.workingWell) await page.getByLabel('What is working well?').fill(reflection.workingWell);
  if (reflection.evenBetterIf) await page.getByLabel('What would make it even better?').fill(reflection.evenBetterIf);
  await expect(page.getByRole('status')).toHaveText('All changes saved.');
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The series' accessible name: its name, line style and every domain's score in axis order. */
export function seriesName(name: string, lineStyle: string, domains: readonly DomainResult[], scoreOf: (domain: DomainResult) => string): string {
  return `${name} (${lineStyle}): ${domains.map((domain) => `${domain.shortTitle} ${scoreOf(domain)}`).join(', ')}`;
}

/**
 * One labelled axis per domain and nothing else: each axis label is named
 * "<short title>: <score>" for assistive technology, and shows the same
 * words (however they wrap onto lines). Besides them, only the series.
 */
export async function expectRadarAxes(radar: Locator, model: ChartModel, seriesCount: number): Promise<void> {
  for (const domain of model.domains) {
    const label = radar.getByRole('img', { name: `${domain.shortTitle}: ${domain.scoreText}`, exact: true });
    await expect(label).toHaveCount(1);
    const words = [...domain.shortTitle.split(/\s+/), ...domain.scoreText.split(/\s+/)].map(escapeRegExp);
    await expect(label).toHaveText(new RegExp(`^${words.join('\\s*')}$`));
  }
  await expect(radar.getByRole('img')).toHaveCount(model.domains.length + seriesCount);
  await expect(radar.getByRole('list', { name: /^Rings/ }).getByRole('listitem')).toHaveText(model.levels.map((level) => `${level.value} ${level.label}`));
}

/**
 * Every axis label is drawn whole inside the chart, and no two touch. The
 * chart is drawn for the room it has, not shrunk to fit (which would fit
 * anything, in type too small to read).
 */
export async function expectRadarLabelsFit(radar: Locator, model: ChartModel): Promise<void> {
  const svg = radar.getByRole('group', { name: 'Radar chart' });
  await expect.poll(() => svg.evaluate((element) => Math.abs(element.getBoundingClientRect().width - (element as SVGSVGElement).viewBox.baseVal.width)), { message: 'the chart is drawn at its own size' }).toBeLessThan(1);
  // Measured all at once, relative to the chart, so that scrolling between measurements cannot skew them.
  const { chart, labels } = await svg.evaluate((element) => {
    const outer = element.getBoundingClientRect();
    const named = [...element.querySelectorAll('[role="img"][aria-label]')].map((label) => {
      const box = label.getBoundingClientRect();
      return { name: label.getAttribute('aria-label') ?? '', x: box.x - outer.x, y: box.y - outer.y, width: box.width, height: box.height };
    });
    return { chart: { width: outer.width, height: outer.height }, labels: named };
  });
  const boxes = model.domains.map((domain) => {
    const box = labels.find((label) => label.name === `${domain.shortTitle}: ${domain.scoreText}`);
    expect(box, `${domain.shortTitle} has a label`).toBeDefined();
    return { ...box!, name: domain.shortTitle };
  });
  const round = (value: number) => Math.round(value * 10) / 10;
  const cutOff = boxes
    .filter((box) => box.width === 0 || box.x < 0 || box.y < 0 || box.x + box.width > chart.width || box.y + box.height > chart.height)
    .map((box) => `${box.name} at ${round(box.x)},${round(box.y)} size ${round(box.width)}×${round(box.height)} in ${round(chart.width)}×${round(chart.height)}`);
  expect(cutOff, 'labels not drawn whole inside the chart').toEqual([]);
  for (const [index, one] of boxes.entries()) {
    for (const other of boxes.slice(index + 1)) {
      const isApart = one.x + one.width <= other.x || other.x + other.width <= one.x || one.y + one.height <= other.y || other.y + other.height <= one.y;
      expect(isApart, `${one.name} and ${other.name} overlap`).toBe(true);
    }
  }
}
