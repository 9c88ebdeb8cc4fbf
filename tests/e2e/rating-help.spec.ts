/**
 * Help on the rating pages, from the user's side: a legal duty is tagged and
 * said in full beside its statement, and the toolkit's glossary terms are
 * explained where they are read, by keyboard and to a screen reader, with
 * the whole glossary a keypress away.
 */
import { expect, test } from '@playwright/test';
import { indicatorGroup } from './support/audit-flow';
import { attendance, domainPath, expectNoAxeViolations, startAttendanceAudit, tabTo } from './support/audit-pages';

const registers = attendance.domains.findIndex((domain) => domain.id === 'registers-and-data');
const statementOf = (id: string) => attendance.domains[registers]!.indicators.find((indicator) => indicator.id === id)!;

test('a legal requirement is tagged beside its statement, with the duty, its source and from which rating it is met', async ({ page }) => {
  const auditId = await startAttendanceAudit(page);
  await page.goto(domainPath(auditId, registers));
  const accurate = statementOf('accurate-registers');
  const duty = accurate.legalDuty!;
  const group = indicatorGroup(page, accurate.statement);
  await expect(group.locator('legend')).toContainText(`${accurate.statement} Legal requirement`);
  await expect(group).toHaveAccessibleDescription(`What the law requires: ${duty.duty} Met when rated ‘Developing’ or higher. Source: ${duty.source}`);

  const punctuality = statementOf('punctuality');
  expect(punctuality.legalDuty).toBeUndefined();
  await expect(indicatorGroup(page, punctuality.statement).locator('legend')).not.toContainText('Legal requirement');
  await expectNoAxeViolations(page);
});

test('a glossary term opens its definition by keyboard, announced, and Escape closes it; the whole glossary is listed', async ({ page }) => {
  const auditId = await startAttendanceAudit(page);
  await page.goto(domainPath(auditId, registers));
  const persistent = statementOf('persistent-and-severe');
  const entry = attendance.glossary!.find((candidate) => candidate.term === 'Persistent absence')!;
  const term = indicatorGroup(page, persistent.statement).getByRole('button', { name: 'persistently absent' });

  await tabTo(page, term, 200);
  await expect(term).toBeFocused();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  const definition = page.locator(`[id="${await term.getAttribute('aria-controls')}"]`);
  await expect(definition).toHaveAttribute('aria-live', 'polite');
  await expect(definition).toBeEmpty();

  await page.keyboard.press('Enter');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(definition).toHaveText(`${entry.term}: ${entry.definition}`);
  await expect(term).toHaveAccessibleDescription(`${entry.term}: ${entry.definition}`);
  await expect(definition).toBeVisible();
  // The statement still names its group while the meaning is open.
  await expect(indicatorGroup(page, persistent.statement)).toHaveCount(1);
  await expectNoAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await expect(term).toBeFocused();
  await expect(definition).toBeEmpty();
  await page.keyboard.press('Space');
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Space');
  await expect(term).toHaveAttribute('aria-expanded', 'false');

  // The whole glossary, from the top of the page.
  await page.reload();
  const words = page.getByText('Words used in this toolkit');
  await tabTo(page, words);
  await page.keyboard.press('Enter');
  const list = page.locator('#words-used');
  await expect(list).toHaveAttribute('open', '');
  for (const { term: word, definition: meaning } of attendance.glossary!) {
    await expect(list.getByRole('term').getByText(word, { exact: true })).toBeVisible();
    await expect(list.getByRole('definition').getByText(meaning, { exact: true })).toBeVisible();
  }
  await expectNoAxeViolations(page);
});

test("a section's introduction explains its glossary terms too", async ({ page }) => {
  const auditId = await startAttendanceAudit(page);
  const formal = attendance.domains.findIndex((domain) => domain.id === 'formal-steps');
  expect(attendance.domains[formal]!.description.toLowerCase()).toContain('local code of conduct');
  await page.goto(domainPath(auditId, formal));
  const entry = attendance.glossary!.find((candidate) => candidate.term === 'Local code of conduct')!;
  const term = page.locator('p.govuk-body-l').getByRole('button', { name: /local code of conduct/i });
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(term).toHaveAccessibleDescription(`${entry.term}: ${entry.definition}`);
});
