import { expect, test } from '@playwright/test';
import { indicatorGroup } from './support/audit-flow';
import { attendance, expectAllSaved, expectNoAxeViolations, indicator, noteFor, school, screenshot, startAttendanceAudit } from './support/audit-pages';

const first = indicator(0, 0);
/** Every indicator in the toolkit: the cards count answers out of this. */
const indicatorCount = attendance.domains.reduce((sum, domain) => sum + domain.indicators.length, 0);

test('a first-time user sees what to do; the school is remembered for the next audit', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'You have not started a self-evaluation yet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'audits-empty');

  await startAttendanceAudit(page, 'Autumn 2026 review');
  await page.goto('/');
  await page.getByRole('button', { name: 'Start a new self-evaluation' }).click();
  await expect(page.getByLabel('School name')).toHaveValue(school);
});

test('the list shows each audit’s toolkit, school, title, last edited and progress; rename changes the title', async ({ page }) => {
  await startAttendanceAudit(page);
  await indicatorGroup(page, first.statement).getByRole('radio', { name: 'Developing' }).check();
  await expectAllSaved(page);
  await page.goto('/');
  const card = page.getByRole('region', { name: 'Autumn 2026 review' });
  await expect(card).toContainText(attendance.title);
  await expect(card).toContainText(school);
  await expect(card).toContainText(`1 of ${indicatorCount} statements answered`);
  await expect(card.getByRole('definition').filter({ hasText: /\d{4}, \d{2}:\d{2}/ })).toHaveCount(1);
  await expectNoAxeViolations(page);
  await screenshot(page, 'audits-list');

  await card.getByRole('link', { name: 'Rename Autumn 2026 review' }).click();
  await page.getByLabel('Title of this self-evaluation').fill('Autumn term review');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('link', { name: 'Autumn term review', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Autumn 2026 review', exact: true })).toHaveCount(0);
});

test('delete asks first, then undo restores the audit with its answers', async ({ page }) => {
  await startAttendanceAudit(page);
  await indicatorGroup(page, first.statement).getByRole('radio', { name: 'Embedded' }).check();
  await noteFor(page, first.statement).fill('Governors review attendance termly');
  await expectAllSaved(page);
  await page.goto('/');

  await page.getByRole('link', { name: 'Delete Autumn 2026 review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Are you sure you want to delete ‘Autumn 2026 review’?' })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('alert')).toContainText('You deleted ‘Autumn 2026 review’.');
  await expect(page.getByRole('alert', { name: 'Success' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'You have not started a self-evaluation yet' })).toBeVisible();
  await expectNoAxeViolations(page);
  await screenshot(page, 'audits-deleted');

  await page.getByRole('button', { name: 'Undo deleting Autumn 2026 review' }).click();
  await expect(page.getByRole('alert')).toContainText('You restored ‘Autumn 2026 review’.');
  // The banner takes focus again, now that the Undo button inside it has gone.
  await expect(page.getByRole('alert', { name: 'Success' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Autumn 2026 review' })).toContainText(`1 of ${indicatorCount} statements answered`);
  await page.getByRole('link', { name: 'Autumn 2026 review', exact: true }).click();
  await page.getByRole('link', { name: attendance.domains[0]!.title }).click();
  await expect(indicatorGroup(page, first.statement).getByRole('radio', { name: 'Embedded' })).toBeChecked();
  await expect(noteFor(page, first.statement)).toHaveValue('Governors review attendance termly');
});

test('start the next self-evaluation from an earlier one: answers copied, linked back, the earlier one unchanged', async ({ page }) => {
  await startAttendanceAudit(page);
  await indicatorGroup(page, first.statement).getByRole('radio', { name: 'Emerging' }).check();
  await noteFor(page, first.statement).fill('New champion appointed in September');
  await page.getByLabel('What is working well?').fill('A clear lead for attendance');
  await expectAllSaved(page);
  await page.goto('/');

  await page.getByRole('link', { name: 'Start the next self-evaluation from Autumn 2026 review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Start the next self-evaluation from ‘Autumn 2026 review’' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Start the next self-evaluation' }).click();
  // The error summary takes focus, and its link takes the reader to the field.
  const problem = page.getByRole('link', { name: 'Enter a title for this self-evaluation' });
  await expect(problem).toBeVisible();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await problem.click();
  await expect(page.getByLabel('Title of this self-evaluation')).toBeFocused();
  await page.getByLabel('Title of this self-evaluation').fill('Spring 2027 review');
  await page.getByRole('button', { name: 'Start the next self-evaluation' }).click();

  await expect(page.getByText(`${school}: Spring 2027 review`)).toBeVisible();
  await page.getByRole('link', { name: attendance.domains[0]!.title }).click();
  await expect(indicatorGroup(page, first.statement).getByRole('radio', { name: 'Emerging' })).toBeChecked();
  await expect(noteFor(page, first.statement)).toHaveValue('New champion appointed in September');
  await expect(page.getByLabel('What is working well?')).toHaveValue('A clear lead for attendance');
  await indicatorGroup(page, first.statement).getByRole('radio', { name: 'Developing' }).check();
  await expectAllSaved(page);

  await page.goto('/');
  const next = page.getByRole('region', { name: 'Spring 2027 review' });
  await expect(next.getByRole('link', { name: 'Autumn 2026 review', exact: true })).toBeVisible();
  await screenshot(page, 'audits-next-review');
  await page.getByRole('region', { name: 'Autumn 2026 review' }).getByRole('link', { name: 'Autumn 2026 review', exact: true }).click();
  await page.getByRole('link', { name: attendance.domains[0]!.title }).click();
  await expect(indicatorGroup(page, first.statement).getByRole('radio', { name: 'Emerging' })).toBeChecked();
});
