/**
 * Legal requirements and voice questionnaires, as a head teacher meets them
 * in the shipped attendance toolkit: the duties counted on their own on the
 * results page and in meeting mode, unmet ones leading the suggestions and
 * the printable plan, the sections by Ofsted evaluation area, and the
 * families' questionnaire printed on A4.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { Rating } from '../../src/core/audit';
import { summariseLegalRequirements } from '../../src/core/legal-requirements';
import { suggestPlanActions } from '../../src/core/plan-suggestions';
import { AGREE_SCALE } from '../../src/core/questionnaires';
import { attendance as toolkit, expectNoAxeViolations, startAttendanceAudit } from './support/audit-pages';
import { readable } from './support/pdf-reader';
import { answersFor, rateAudit, type RatingPlan } from './support/results-flow';

const duties = toolkit.domains.flatMap((domain) => domain.indicators.filter((indicator) => indicator.legalDuty).map((indicator) => ({ domain, indicator, duty: indicator.legalDuty! })));
const others = toolkit.domains.flatMap((domain) => domain.indicators.filter((indicator) => !indicator.legalDuty));

/**
 * Two duties rated one level below where they count as met, one left
 * unrated, the rest met; and three other statements at the lowest level,
 * which still come after the duties not met in the suggestions.
 */
function ratingPlan(): RatingPlan {
  const plan: RatingPlan = {};
  duties.forEach(({ indicator, duty }, index) => {
    if (index === 2) return;
    plan[indicator.id] = (index < 2 ? duty.metFromLevel - 1 : duty.metFromLevel) as Exclude<Rating, null>;
  });
  for (const indicator of others.slice(0, 3)) plan[indicator.id] = toolkit.scale.levels[0]!.value;
  return plan;
}

const plan = ratingPlan();
const summary = summariseLegalRequirements(toolkit, answersFor(plan));

async function rateThroughTheForm(page: Page): Promise<string> {
  const auditId = await startAttendanceAudit(page, 'Spring 2027 review');
  await rateAudit(page, toolkit, plan);
  return auditId;
}

test('the shipped attendance toolkit has legal duties, Ofsted areas and a families’ questionnaire to test against', () => {
  expect(duties.length).toBeGreaterThanOrEqual(4);
  expect(toolkit.inspectionAreas?.length).toBeGreaterThan(0);
  expect(toolkit.questionnaires?.some((questionnaire) => questionnaire.audience === 'families')).toBe(true);
  expect(summary).toMatchObject({ met: duties.length - 3, notMet: 2, notRated: 1, applicable: duties.length });
});

test('results count the legal requirements on their own, list those not met and not rated, and link to rate each; meeting mode says the same', async ({ page }) => {
  await rateThroughTheForm(page);
  const legal = page.getByRole('region', { name: `Legal requirements: ${summary.met} of ${summary.applicable} met` });
  await expect(legal).toBeVisible();
  await expect(legal.getByRole('heading', { level: 3 })).toHaveText(['Not met (2)', 'Not rated yet (1)']);

  const notMet = duties.slice(0, 2);
  for (const { indicator, duty } of [...notMet, duties[2]!]) {
    const item = legal.getByRole('listitem').filter({ hasText: indicator.statement });
    await expect(item).toContainText(duty.duty);
    await expect(item).toContainText(duty.source);
  }
  for (const { indicator } of notMet) await expect(legal.getByRole('link', { name: `Change the rating for: ${indicator.statement}` })).toBeVisible();
  // Met duties are counted, not listed.
  for (const { indicator } of duties.slice(3)) await expect(legal.getByText(indicator.statement, { exact: true })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The link takes the team to the statement's rating.
  const unrated = duties[2]!;
  await legal.getByRole('link', { name: `Give a rating for: ${unrated.indicator.statement}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: unrated.domain.title })).toBeVisible();
  const group = page.getByRole('group', { name: unrated.indicator.statement });
  await expect(group.getByRole('radio').first()).toBeFocused();
  await group.getByRole('radio', { name: toolkit.scale.levels.find((level) => level.value === unrated.duty.metFromLevel)!.label, exact: true }).check();
  await expect(page.getByRole('status')).toHaveText('All changes saved.');
  await page.goBack();
  await expect(page.getByRole('region', { name: `Legal requirements: ${summary.met + 1} of ${summary.applicable} met` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Not rated yet (1)' })).toHaveCount(0);

  // Ofsted's evaluation areas, folded away until asked for.
  await page.getByText('Evidence for Ofsted’s evaluation areas').click();
  const areas = page.getByRole('table', { name: 'Sections by Ofsted evaluation area' });
  await expect(areas.getByRole('rowheader')).toHaveText(toolkit.inspectionAreas!.map((area) => area.title));
  const curriculum = toolkit.domains.filter((domain) => domain.inspectionAreaIds?.includes('curriculum-and-teaching'));
  const curriculumRow = areas.getByRole('row', { name: /^Curriculum and teaching/ });
  for (const domain of curriculum) await expect(curriculumRow).toContainText(domain.title);

  await page.getByRole('button', { name: 'Start meeting mode' }).click();
  await expect(page.getByText(`Legal requirements: ${summary.met + 1} of ${summary.applicable} met (2 not met)`)).toBeVisible();
});

test('legal requirements not met lead the suggested actions, marked as such, and the printable plan lists every duty', async ({ page }) => {
  const auditId = await rateThroughTheForm(page);
  await page.goto(`/audits/${auditId}/plan/suggestions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Actions suggested by your ratings' })).toBeVisible();
  const expected = suggestPlanActions(toolkit, [], answersFor(plan), []);
  const cards = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) });
  // The two duties not met come first, then the statements rated lowest, though those are rated lower.
  const titles = await cards.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(titles.slice(0, 2).map((title) => title.split('\n')[0])).toEqual(duties.slice(0, 2).map(({ indicator }) => indicator.statement));
  expect(expected.slice(0, 2).map((suggestion) => suggestion.indicatorId)).toEqual(duties.slice(0, 2).map(({ indicator }) => indicator.id));
  await expect(cards.nth(0)).toContainText('Legal requirement: not met');
  await expect(cards.nth(1)).toContainText('Legal requirement: not met');
  await expect(cards.nth(2)).not.toContainText('Legal requirement');
  await expect(cards.nth(2)).toContainText(others[0]!.statement);
  // The unrated duty is still marked, in its usual place.
  await expect(cards.filter({ hasText: duties[2]!.indicator.statement })).toContainText('Legal requirement: not rated yet');
  await expectNoAxeViolations(page);

  await page.goto(`/audits/${auditId}/plan/print`);
  const section = page.getByRole('region', { name: 'Legal requirements' });
  await expect(section).toContainText(`Legal requirements: ${summary.met} of ${summary.applicable} met (2 not met, 1 not rated yet)`);
  await expect(section.getByRole('row')).toHaveCount(duties.length + 1);
  await expect(section.getByRole('row').nth(1)).toContainText('Not met');
  await expect(page.getByRole('region', { name: 'Evidence for Ofsted’s evaluation areas' }).getByRole('rowheader')).toHaveCount(toolkit.inspectionAreas!.length);
});

test('the families’ questionnaire, reached from the results and the plan, prints on A4 with a box to tick for every answer', async ({ page }) => {
  const questionnaire = toolkit.questionnaires!.find((candidate) => candidate.audience === 'families')!;
  const auditId = await startAttendanceAudit(page, 'Spring 2027 review');
  await page.goto(`/audits/${auditId}/plan`);
  await expect(page.getByRole('region', { name: 'Ask families' }).getByRole('link', { name: questionnaire.title, exact: true })).toBeVisible();
  await page.goto(`/audits/${auditId}/results`);
  await page.getByRole('region', { name: 'Ask families' }).getByRole('link', { name: questionnaire.title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: questionnaire.title })).toBeVisible();
  await expect(page.getByRole('list', { name: questionnaire.statements[0]!.text }).getByRole('listitem')).toHaveText([...AGREE_SCALE]);
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: 'print' });
  // Large plain type: the statements print at 14 points (about 18.7 CSS pixels) or more.
  const size = await page.getByText(questionnaire.statements[0]!.text, { exact: true }).evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(18.6);
  const file = test.info().outputPath('questionnaire.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
  const pages = Array.from({ length: count }, (_, index) => readable(execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), file, '-'], { encoding: 'utf8' })));
  const whole = pages.join(' ');
  expect(whole).toContain(readable(questionnaire.title));
  expect(whole).toContain(readable(questionnaire.introduction));
  expect(whole).not.toContain('Print this page');
  expect(whole.match(/Strongly disagree/g)).toHaveLength(questionnaire.statements.length);
  // A statement is never split from its answers: each page has as many sets of answers as statements.
  for (const [index, text] of pages.entries()) {
    const statements = questionnaire.statements.filter((statement) => text.includes(readable(statement.text))).length;
    expect(text.match(/Don’t know/g) ?? [], `page ${index + 1}`).toHaveLength(statements);
  }
  expect(pages.reduce((sum, text) => sum + questionnaire.statements.filter((statement) => text.includes(readable(statement.text))).length, 0)).toBe(questionnaire.statements.length);
});
