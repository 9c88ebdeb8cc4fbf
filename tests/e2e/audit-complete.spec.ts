import { expect, test } from '@playwright/test';
import { rateWholeAudit } from './support/audit-flow';
import { attendance, domainPath, expectNoAxeViolations, screenshot, startAttendanceAudit } from './support/audit-pages';

test('once every statement is rated and the self-evaluation is marked complete, the words agree with what complete means', async ({ page }) => {
  const auditId = await startAttendanceAudit(page);
  await rateWholeAudit(page, attendance);
  await page.goto(`/audits/${auditId}/check`);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  await expect(page.getByText('You have rated every statement (or marked it not applicable). Check your answers below, then mark the self-evaluation as complete.')).toBeVisible();
  const finish = page.getByRole('region', { name: 'Finish your self-evaluation' });
  await expect(finish).toContainText('When you have finished rating, mark it as complete');
  await expect(finish).not.toContainText('tells your team');

  await finish.getByRole('button', { name: 'Mark as complete' }).click();
  const complete = page.getByRole('region', { name: 'This self-evaluation is complete' });
  await expect(complete).toBeVisible();
  // No request to do what was just done, and no "change any answer" beside a button that seems to say otherwise.
  await expect(page.getByText('then mark the self-evaluation as complete')).toHaveCount(0);
  await expect(page.getByText('You have rated every statement (or marked it not applicable). The self-evaluation is marked as complete.')).toBeVisible();
  await expect(complete).toContainText('Nothing is locked: you can still correct an answer, and it stays complete.');
  await expect(complete).toContainText('If you are going back to rating, reopen it and it shows as in progress again.');
  await expect(page.getByText(/You can still change any answer|tells your team/)).toHaveCount(0);
  await screenshot(page, 'check-answers-complete');
  await expectNoAxeViolations(page);

  // A rating page says the same, beside the same button.
  await page.goto(domainPath(auditId, 0));
  const banner = page.getByRole('region', { name: 'Marked as complete' });
  await expect(banner).toContainText('You can still correct an answer: changes are saved as usual, and it stays complete.');
  await expect(banner.getByRole('button', { name: 'Reopen self-evaluation' })).toBeVisible();

  // Reopening does what it said: in progress again, and the check page asks to finish once more.
  await page.goto(`/audits/${auditId}/check`);
  await complete.getByRole('button', { name: 'Reopen self-evaluation' }).click();
  await expect(page.getByRole('region', { name: 'Finish your self-evaluation' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Autumn 2026 review' })).toContainText('In progress');
});
