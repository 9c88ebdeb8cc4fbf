import { expect, test } from '@playwright/test';
import { chooseBackupFile, fixtureBackup } from './support/backup-files';
import { indicatorGroup } from './support/audit-flow';
import { collapseWhitespace, pdfText } from './support/pdf-text';

const markupSchool = '<b>Ysgol Gymraeg</b> & “Friends”';
const draftTitle = 'Draft: parents’ views 👪';

test('a restored audit whose toolkit is not installed opens, scores and prints; markup in it stays plain text', async ({ page }) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await page.goto('/settings');
  await chooseBackupFile(page, { name: 'reflect-backup-2026-12-01.json', buffer: Buffer.from(fixtureBackup()) });
  const toolkits = page.getByRole('table', { name: 'Toolkits in the file' });
  await expect(toolkits.getByRole('row', { name: /Family partnership \(draft\)/ })).toContainText('Will be added');
  await expect(page.getByRole('table', { name: 'Self-evaluations in the file' })).toContainText(markupSchool);
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText('Restored 3 self-evaluations, 4 plan actions, 3 progress checks and 2 toolkits.')).toBeVisible();

  // The school's own toolkit ships with nowhere but the backup, yet the audit opens with its statements.
  await page.goto('/');
  const card = page.getByRole('region', { name: draftTitle });
  await expect(card.getByRole('definition').filter({ hasText: markupSchool })).toHaveText(markupSchool);
  await expect(card).toContainText('Family partnership (draft)');
  await card.getByRole('link', { name: draftTitle, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome at reception' })).toBeVisible();
  await expect(indicatorGroup(page, 'Every visitor is greeted within a minute.').getByRole('radio', { name: 'Not started' })).toBeChecked();
  await expect(page.getByLabel('How do we know? (evidence note)')).toHaveValue('Reception is unstaffed 8:30–8:45.');
  await expect(page.locator('b')).toHaveCount(0);

  await page.getByRole('link', { name: 'Next: check your answers' }).click();
  await page.getByRole('link', { name: 'See the results' }).click();
  await expect(page.getByRole('table', { name: 'Scores by section' }).getByRole('row', { name: /Welcome at reception/ })).toContainText('0.0');

  // The PDF shows the markup as the characters that were typed.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download development plan (PDF)' }).click()]);
  const file = test.info().outputPath('plan.pdf');
  await download.saveAs(file);
  expect(collapseWhitespace(pdfText(file))).toContain('<b>Ysgol Gymraeg</b> &');

  // A note holding a script tag, in the attendance audit, is shown as text and never runs.
  await page.goto('/');
  await page.getByRole('region', { name: 'Autumn 2026 review' }).getByRole('link', { name: 'Autumn 2026 review', exact: true }).click();
  await page.getByRole('link', { name: /Next: / }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Registers, data and early identification' })).toBeVisible();
  // The second indicator in this domain is the one whose note holds the script.
  await expect(page.getByLabel('How do we know? (evidence note)').nth(1)).toHaveValue("<script>alert('x')</script>");
  expect(dialogs).toBe(0);
});
