import { expect, test } from '@playwright/test';
import { indicatorGroup } from './support/audit-flow';
import { attendance, domainPath, expectAllSaved, expectNoAxeViolations, indicator, noteFor, screenshot, startAttendanceAudit, tabTo } from './support/audit-pages';

const firstDomain = attendance.domains[0]!;
const secondDomain = attendance.domains[1]!;
const lastDomain = attendance.domains.at(-1)!;
const indicatorCount = attendance.domains.reduce((sum, domain) => sum + domain.indicators.length, 0);
const unanswered = (count: number) => `${count} statement${count === 1 ? '' : 's'}`;

test('complete a whole domain with the keyboard alone', async ({ page }) => {
  const auditId = await startAttendanceAudit(page);
  await page.goto(domainPath(auditId, 0));
  const chosen = attendance.scale.levels[1]!.label;

  for (const [position, { statement }] of firstDomain.indicators.entries()) {
    const group = indicatorGroup(page, statement);
    await tabTo(page, group.getByRole('radio', { name: attendance.scale.levels[0]!.label }));
    // Arrow keys move through a radio group and select as they go.
    await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { name: chosen })).toBeChecked();
    await tabTo(page, group.getByText('Evidence prompts'));
    await page.keyboard.press('Enter');
    await expect(group.getByText(firstDomain.indicators[position]!.evidencePrompts[0]!)).toBeVisible();
    await tabTo(page, noteFor(page, statement));
    await page.keyboard.type(`Keyboard evidence ${position + 1}`);
  }
  await tabTo(page, page.getByLabel('What is working well?'));
  await page.keyboard.type('Governors ask about attendance every term.');
  await tabTo(page, page.getByLabel('What would make it even better?'));
  await page.keyboard.type('Share the data with all staff.');
  await expectAllSaved(page);
  await screenshot(page, 'domain-page-filled');

  await tabTo(page, page.getByRole('link', { name: `Next: ${secondDomain.shortTitle}` }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: secondDomain.title })).toBeFocused();

  // Everything typed was stored.
  await page.goto(domainPath(auditId, 0));
  for (const [position, { statement }] of firstDomain.indicators.entries()) {
    await expect(indicatorGroup(page, statement).getByRole('radio', { name: chosen })).toBeChecked();
    await expect(noteFor(page, statement)).toHaveValue(`Keyboard evidence ${position + 1}`);
  }
  await expect(page.getByLabel('What is working well?')).toHaveValue('Governors ask about attendance every term.');
  await expect(page.getByLabel('What would make it even better?')).toHaveValue('Share the data with all staff.');
});

test('progress, contents, check your answers with links to what is unanswered, and complete then reopen', async ({ page }) => {
  const auditId = await startAttendanceAudit(page);
  const sectionProgress = page.getByText(new RegExp(`^Section 1 of ${attendance.domains.length}:`));
  await expect(sectionProgress).toHaveText(
    `Section 1 of ${attendance.domains.length}: 0 of ${firstDomain.indicators.length} answered. Whole self-evaluation: 0 of ${indicatorCount} answered.`,
  );
  await indicatorGroup(page, indicator(0, 0).statement).getByRole('radio', { name: 'Embedded' }).check();
  await expect(sectionProgress).toContainText(`1 of ${firstDomain.indicators.length} answered`);
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await expect(contents.getByRole('listitem').filter({ hasText: firstDomain.title })).toContainText(`1 of ${firstDomain.indicators.length} answered`);
  await expectNoAxeViolations(page);

  // The contents list jumps to any domain, the last one too.
  await contents.getByRole('link', { name: lastDomain.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: lastDomain.title })).toBeVisible();
  await expect(contents.getByRole('link', { name: lastDomain.title })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('link', { name: 'Next: check your answers' })).toBeVisible();

  await contents.getByRole('link', { name: 'Check your answers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  const stillToAnswer = page.getByRole('region', { name: `Still to answer: ${unanswered(indicatorCount - 1)}` });
  await expect(stillToAnswer.getByRole('link')).toHaveCount(indicatorCount - 1);
  await expectNoAxeViolations(page);
  await screenshot(page, 'check-answers');

  // A link goes straight to the unanswered indicator.
  const gap = indicator(1, 1);
  await stillToAnswer.getByRole('link', { name: new RegExp(gap.statement.slice(0, 30)) }).click();
  await expect(page.getByRole('heading', { level: 1, name: secondDomain.title })).toBeVisible();
  await expect(indicatorGroup(page, gap.statement).getByRole('radio').first()).toBeFocused();
  await indicatorGroup(page, gap.statement).getByRole('radio', { name: 'Not applicable to our school' }).check();
  await expectAllSaved(page);

  await page.goto(`/audits/${auditId}/check`);
  await expect(page.getByRole('region', { name: `Still to answer: ${unanswered(indicatorCount - 2)}` })).toBeVisible();
  await expect(page.getByText(`${unanswered(indicatorCount - 2)} are not answered.`)).toBeVisible();
  await page.getByRole('button', { name: 'Mark as complete' }).click();
  await expect(page.getByRole('heading', { name: 'This self-evaluation is complete' })).toBeVisible();

  // A complete audit stays editable, and says so.
  await page.goto(domainPath(auditId, 0));
  const banner = page.getByRole('region', { name: 'Marked as complete' });
  await expect(banner).toContainText('You can still correct an answer');
  await noteFor(page, indicator(0, 0).statement).fill('Changed after completing');
  await expectAllSaved(page);
  await expectNoAxeViolations(page);
  await screenshot(page, 'domain-page-complete');
  await banner.getByRole('button', { name: 'Reopen self-evaluation' }).click();
  await expect(banner).toBeHidden();
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Autumn 2026 review' })).toContainText('In progress');
});
