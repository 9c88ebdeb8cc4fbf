/**
 * A toolkit that names its own respondent groups (a trust's, not shipped with
 * the app) offers them in place of the usual staff groups: on the team page,
 * in the invitation a colleague opens on their own laptop (a second browser
 * context), and in the results once their response is in.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { indicatorGroup } from './support/audit-flow';
import { customToolkit, restoreCustomToolkitAudit } from './support/custom-toolkit';

const groups = customToolkit.respondentGroups!;
const first = customToolkit.domains[0]!;

async function download(page: Page, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = `${dir}/${file.suggestedFilename()}`;
  await file.saveAs(path);
  return path;
}

test('the team page, the invitation and the results name the toolkit’s own groups', async ({ browser }, testInfo) => {
  expect(groups.map((group) => group.title)).toContain('Front office');
  const lead = await (await browser.newContext()).newPage();
  await restoreCustomToolkitAudit(lead, { school: 'Hollins Academy', title: 'Arrivals review', date: '2026-12-03' });
  await lead.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Team' }).click();
  await expect(lead.getByRole('heading', { level: 1, name: 'Ask your team' })).toBeVisible();

  const leadGroup = lead.getByLabel('Which group are you in?');
  await expect(leadGroup.getByRole('option')).toHaveText(groups.map((group) => group.title));
  await leadGroup.selectOption({ label: 'Trust and school leaders' });
  await lead.getByRole('button', { name: 'Continue' }).click();
  await expect(lead.getByRole('row', { name: /^You/ })).toContainText('Trust and school leaders');

  const group = lead.getByLabel('Group', { exact: true });
  await expect(group.getByRole('option')).toHaveText(groups.map((option) => option.title));
  await lead.getByLabel('Name or role').fill('Rhea Daniels');
  await group.selectOption({ label: 'Front office' });
  await lead.getByRole('button', { name: 'Add person' }).click();
  await expect(lead.getByRole('row', { name: /Rhea Daniels/ })).toContainText('Front office');
  const invitation = await download(lead, 'Download invitation for Rhea Daniels', testInfo.outputDir);
  expect(JSON.parse(readFileSync(invitation, 'utf8')).groups).toEqual([{ id: 'front-office', title: 'Front office' }]);

  // Her own laptop names her group as the toolkit does.
  const colleague = await (await browser.newContext()).newPage();
  await colleague.goto('/');
  await colleague.getByRole('button', { name: 'Open an invitation from a colleague' }).click();
  await colleague.getByLabel('Invitation file').setInputFiles(invitation);
  await colleague.getByRole('button', { name: 'Open invitation' }).click();
  await colleague.getByRole('button', { name: 'Start rating' }).click();
  await expect(colleague.getByRole('heading', { level: 1, name: first.title })).toBeVisible();
  await indicatorGroup(colleague, first.indicators[0]!.statement).getByRole('radio', { name: customToolkit.scale.levels[1]!.label }).check();
  await expect(colleague.getByRole('status').filter({ hasText: 'All changes saved.' })).toBeVisible();
  await colleague.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Send your ratings back' }).click();
  await expect(colleague.getByText('You have rated 1 of')).toContainText('as Rhea Daniels (Front office)');
  const response = await download(colleague, 'Download your response', testInfo.outputDir);

  await lead.getByLabel('Response files').setInputFiles(response);
  await lead.getByRole('button', { name: 'Bring in responses' }).click();
  await expect(lead.getByText(/Rhea Daniels/).first()).toBeVisible();
  await lead.getByRole('navigation', { name: 'This self-evaluation' }).getByRole('link', { name: 'Results' }).click();
  const team = lead.getByRole('region', { name: 'How the team rated' });
  await expect(team).toContainText('Front office');
  await expect(team).not.toContainText('Support and office staff');
});
