import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { startAudit } from './audit-flow';
import { answersFor, rateAudit, type RatingPlan } from './results-flow';
import { readToolkit } from './toolkits';

export const toolkit = readToolkit('attendance');
export const school = 'Northfield Primary School';

/** Summer: rated low, a little in every domain but "impact". */
export const summerPlan: RatingPlan = {
  'senior-attendance-champion': 2,
  'attendance-policy': 1,
  'accurate-registers': 2,
  'first-day-follow-up': 2,
  'persistent-and-severe': 2,
  'individual-barriers': 1,
  'early-help-and-partners': 2,
  'welcome-and-belonging': 1,
  'support-before-sanctions': 3,
};

/**
 * Autumn: better in most domains, one indicator not applicable, "belonging"
 * not rated at all (its only answer is not applicable) and "impact" rated
 * for the first time.
 */
export const autumnPlan: RatingPlan = {
  'senior-attendance-champion': 4,
  'attendance-policy': 3,
  'governor-oversight': 3,
  'accurate-registers': 3,
  'first-day-follow-up': 3,
  'persistent-and-severe': 'n/a',
  'individual-barriers': 2,
  'young-carers': 3,
  'early-help-and-partners': 3,
  'attendance-contracts': 2,
  'welcome-and-belonging': 'n/a',
  'support-before-sanctions': 4,
  'what-works-review': 2,
};

export const autumnNotes: Record<string, string> = {
  'senior-attendance-champion': '=HYPERLINK("http://example.com","click")',
  'attendance-policy': 'Reviewed by governors, "every year", in July',
};

export const summer = { title: 'Summer 2026 review', date: '2026-07-01', label: 'Summer 2026 review, 1 July 2026' };
export const autumn = { title: 'Autumn 2026 review', date: '2026-11-25', label: 'Autumn 2026 review, 25 November 2026' };

checkPlanIds([summerPlan, autumnPlan, autumnNotes]);

export const autumnAnswers = answersFor(autumnPlan, autumnNotes);
export const summerAnswers = answersFor(summerPlan);

/** A plan naming an indicator the toolkit no longer has would quietly rate less than it says. */
function checkPlanIds(plans: readonly Record<string, unknown>[]) {
  const ids = new Set(toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id)));
  const unknown = plans.flatMap((plan) => Object.keys(plan)).filter((id) => !ids.has(id));
  if (unknown.length > 0) throw new Error(`Not in the ${toolkit.id} toolkit: ${unknown.join(', ')}`);
}

/** Two audits of the same toolkit, made through the UI; ends on the autumn audit's results. */
export async function makeTwoAudits(page: Page): Promise<void> {
  await startAudit(page, { toolkitTitle: toolkit.title, school, title: summer.title, date: summer.date });
  await rateAudit(page, toolkit, summerPlan);
  await startAudit(page, { toolkitTitle: toolkit.title, school, title: autumn.title, date: autumn.date });
  await rateAudit(page, toolkit, autumnPlan, autumnNotes);
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}
