import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { Toolkit } from '../../../src/core/toolkit-schema';
import { indicatorGroup, startAudit } from './audit-flow';
import { readToolkit } from './toolkits';

export const attendance: Toolkit = readToolkit('attendance');
export const school = 'Northfield Primary School';

/** Starts an attendance audit and waits for its first domain; returns the audit's id. */
export async function startAttendanceAudit(page: Page, title = 'Autumn 2026 review'): Promise<string> {
  await startAudit(page, { toolkitTitle: attendance.title, school, title });
  await expect(page.getByRole('heading', { level: 1, name: attendance.domains[0]!.title })).toBeVisible();
  const match = /\/audits\/([^/]+)\//.exec(page.url());
  if (!match) throw new Error(`Not on an audit page: ${page.url()}`);
  return match[1]!;
}

export function domainPath(auditId: string, domainIndex: number): string {
  return `/audits/${auditId}/domains/${attendance.domains[domainIndex]!.id}`;
}

export function indicator(domainIndex: number, indicatorIndex: number) {
  return attendance.domains[domainIndex]!.indicators[indicatorIndex]!;
}

/** The evidence note of an indicator, found through its group (the statement) and its label. */
export function noteFor(page: Page, statement: string): Locator {
  return indicatorGroup(page, statement).getByLabel('How do we know? (evidence note)');
}

export async function expectAllSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toHaveText('All changes saved.');
}

/**
 * Presses Tab until focus is on `target`, inside it, or on the control that
 * holds it (a details summary holding its text), as a keyboard user would.
 */
export async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  const isFocused = (element: Element) => {
    const active = document.activeElement;
    if (!active) return false;
    return element.contains(active) || ((active as HTMLElement).tabIndex >= 0 && active.contains(element));
  };
  for (let presses = 0; presses < limit; presses += 1) {
    if (await target.evaluate(isFocused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Focus never reached ${target.toString()} after ${limit} presses of Tab`);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Full-page screenshots for a person to look over, only when SCREENSHOT_DIR is set. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = process.env.SCREENSHOT_DIR;
  if (folder) await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}
