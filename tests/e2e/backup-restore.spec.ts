import { expect, test } from '@playwright/test';
import { BACKUP_SCHEMA_VERSION } from '../../src/core/backup-format';
import { goToNextSection, indicatorGroup, levelFor, startAudit } from './support/audit-flow';
import { chooseBackupFile, downloadBackup, expectNoAxeViolations } from './support/backup-files';
import { readAllTables } from './support/indexeddb';
import { actionCards, fillAction } from './support/plan-flow';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const school = 'Northfield Primary School';
const title = 'Autumn 2026 review';
const noteFor = (indicatorId: string) => `Evidence for ${indicatorId}: “minutes”, 3 < 4 & <b>bold</b>`;
/** What is typed into the first domain's reflection questions. */
const reflection = { workingWell: 'Clear leadership – <i>every</i> term', evenBetterIf: 'Governors see weekly data & act on it' };
/** Two actions typed into the plan editor: one in a domain, one for the whole school holding a script tag. */
const plannedActions = [
  {
    domain: toolkit.domains[1]!,
    fields: { Action: 'Log first-day calls', 'Success measure': 'Every call logged by 10am', Lead: 'Attendance officer', 'Target date': '2027-01-31', 'Progress note': 'Started' },
    status: 'On track',
  },
  {
    domain: null,
    fields: { Action: '<script>window.__xss = 1</script>Share with governors', 'Success measure': 'Minuted', Lead: 'Head', 'Target date': 'Spring 2027' },
    status: 'Not started',
  },
] as const;
const planReview = { when: '2027-03-20', who: 'Full governing body & “friends”' };

test('fill an audit with a plan, back it up, clear all site data, restore it: every record comes back', async ({ browser }) => {
  // Every statement of a whole toolkit rated and noted through the form, then a plan, a backup and a restore: minutes on a busy two-core machine.
  test.slow();
  const original = await browser.newContext();
  const page = await original.newPage();
  await startAudit(page, { toolkitTitle: toolkit.title, school, title });

  // Rate every indicator and write an evidence note for each, and the first domain's reflections, all through the form.
  for (const [d, domain] of toolkit.domains.entries()) {
    await expect(page.getByRole('heading', { level: 1, name: domain.title })).toBeVisible();
    for (const [i, indicator] of domain.indicators.entries()) {
      const group = indicatorGroup(page, indicator.statement);
      await group.getByRole('radio', { name: levelFor(toolkit, d, i).label }).check();
      await group.getByLabel('How do we know? (evidence note)').fill(noteFor(indicator.id));
    }
    if (d === 0) {
      await page.getByLabel('What is working well?').fill(reflection.workingWell);
      await page.getByLabel('What would make it even better?').fill(reflection.evenBetterIf);
    }
    await expect(page.getByRole('status')).toHaveText('All changes saved.');
    await goToNextSection(page, toolkit, d);
  }
  await expect(page.getByRole('heading', { level: 1, name: 'Results' })).toBeVisible();

  // The plan: each action typed into the editor.
  const auditId = new URL(page.url()).pathname.split('/')[2]!;
  await page.goto(`/audits/${auditId}/plan`);
  for (const [index, { domain, fields, status }] of plannedActions.entries()) {
    const number = index + 1;
    await page.getByLabel('Section for the new action').selectOption({ label: domain?.title ?? 'Whole school (no single section)' });
    await page.getByRole('button', { name: 'Add an action' }).click();
    const editor = await fillAction(page, number, fields);
    await editor.getByRole('radio', { name: status }).check();
    await expect(editor.getByRole('status')).toHaveText('All changes saved.');
    await page.getByRole('button', { name: `Done editing action ${number}` }).click();
  }
  await expect(actionCards(page)).toHaveCount(plannedActions.length);
  await page.getByRole('button', { name: 'Add a progress check' }).click();
  const review = page.getByRole('group', { name: 'Progress check 1' });
  await review.getByLabel('When').fill(planReview.when);
  await review.getByLabel('Who checks progress').fill(planReview.who);
  await expect(review.getByRole('status')).toHaveText('All changes saved.');

  // After real work with no backup, the audits list suggests one; "Remind me later" puts it away.
  await page.goto('/');
  const reminder = page.getByRole('region', { name: 'Back up your work' });
  await expect(reminder).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('home-reminder.png') });
  await expectNoAxeViolations(page);
  await reminder.getByRole('button', { name: 'Remind me later' }).click();
  await expect(reminder).toBeHidden();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Your self-evaluations' })).toBeVisible();
  await expect(reminder).toBeHidden();

  // What the app stored is what was typed; the restore must bring back exactly this.
  const before = await readAllTables(page);
  expect(before.answers).toHaveLength(toolkit.domains.flatMap((domain) => domain.indicators).length);
  expect(before.reflections).toEqual([expect.objectContaining({ auditId, domainId: toolkit.domains[0]!.id, ...reflection })]);
  expect(before.actions).toEqual(
    expect.arrayContaining(
      plannedActions.map(({ domain, fields }) =>
        expect.objectContaining({
          auditId,
          domainId: domain?.id ?? null,
          action: fields.Action,
          successMeasure: fields['Success measure'],
          lead: fields.Lead,
          targetDate: fields['Target date'],
          progressNote: 'Progress note' in fields ? fields['Progress note'] : '',
        }),
      ),
    ),
  );
  expect(before.actions).toHaveLength(plannedActions.length);
  expect(before.planReviews).toEqual([expect.objectContaining({ auditId, ...planReview })]);
  expect((before.actions as Array<{ action: string; status: string }>).map(({ action, status }) => [action, status]).sort()).toEqual(
    [
      [plannedActions[0].fields.Action, 'on-track'],
      [plannedActions[1].fields.Action, 'not-started'],
    ].sort(),
  );

  await page.getByRole('link', { name: 'Settings and backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings and backup' })).toBeVisible();
  await expect(page.getByText('You have not made a backup on this device yet.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('settings.png'), fullPage: true });
  await expectNoAxeViolations(page);
  const backup = await downloadBackup(page, 'Download a backup of everything', test.info().outputPath('backup.json'));
  expect(backup.fileName).toMatch(/^reflect-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(/^Last backup: /)).toBeVisible();
  const file = JSON.parse(backup.text) as { schemaVersion: number; appVersion: string; audits: unknown[]; toolkits: Array<{ id: string }> };
  expect(file.schemaVersion).toBe(BACKUP_SCHEMA_VERSION);
  expect(file.appVersion).toMatch(/^\d+\.\d+\.\d+$/);
  expect(file.toolkits.map((stored) => stored.id)).toEqual(['attendance']);
  await original.close();

  // A new browser context has no site data at all: as if the browser's data had been cleared.
  const fresh = await browser.newContext();
  const restored = await fresh.newPage();
  let dialogs = 0;
  restored.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await restored.goto('/settings');
  await chooseBackupFile(restored, { name: backup.fileName, buffer: Buffer.from(backup.text) });
  const audits = restored.getByRole('table', { name: 'Self-evaluations in the file' });
  await expect(audits.getByRole('row', { name: new RegExp(title) })).toContainText('New');
  await expect(restored.getByRole('table', { name: 'Toolkits in the file' })).toContainText(toolkit.title);
  await expect(restored.getByText('It holds 1 self-evaluation, 2 plan actions, 1 progress check and 1 toolkit.')).toBeVisible();
  await restored.screenshot({ path: test.info().outputPath('restore-preview.png'), fullPage: true });
  await expectNoAxeViolations(restored);
  await restored.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(restored.getByText('Restored 1 self-evaluation, 2 plan actions, 1 progress check and 1 toolkit.')).toBeVisible();
  await expectNoAxeViolations(restored);

  // Field by field, every table is as it was, but for how the toolkit came to this device: with the backup.
  const after = await readAllTables(restored);
  const withoutOrigin = (tables: Record<string, unknown[]>) => ({
    ...tables,
    toolkits: (tables.toolkits as Array<Record<string, unknown>>).map(({ origin: _origin, ...row }) => row),
  });
  expect(withoutOrigin(after)).toEqual(withoutOrigin(before));
  expect((before.toolkits as Array<{ origin?: unknown }>).map((row) => row.origin)).toEqual([{ kind: 'audit' }]);
  expect((after.toolkits as Array<{ origin?: unknown }>).map((row) => row.origin)).toEqual([{ kind: 'backup' }]);

  // And the app shows it: the audit in the list (no reminder: this is exactly the backup), every rating and note in the form.
  await restored.getByRole('link', { name: 'Go to your self-evaluations' }).click();
  await expect(restored.getByRole('region', { name: 'Back up your work' })).toBeHidden();
  await restored.getByRole('region', { name: title }).getByRole('link', { name: title, exact: true }).click();
  const [firstDomain] = toolkit.domains;
  await restored.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: firstDomain!.title }).click();
  for (const [i, indicator] of firstDomain!.indicators.entries()) {
    const group = indicatorGroup(restored, indicator.statement);
    await expect(group.getByRole('radio', { name: levelFor(toolkit, 0, i).label })).toBeChecked();
    await expect(group.getByLabel('How do we know? (evidence note)')).toHaveValue(noteFor(indicator.id));
  }
  await expect(restored.getByLabel('What is working well?')).toHaveValue(reflection.workingWell);
  await expect(restored.getByLabel('What would make it even better?')).toHaveValue(reflection.evenBetterIf);
  // The plan, the script tag shown as text and never run.
  await restored.goto(`/audits/${auditId}/plan`);
  await expect(actionCards(restored)).toHaveCount(plannedActions.length);
  await expect(actionCards(restored).nth(0)).toContainText(plannedActions[0].fields['Progress note']);
  await expect(actionCards(restored).nth(1)).toContainText(plannedActions[1].fields.Action);
  await expect(restored.getByRole('group', { name: 'Progress check 1' }).getByLabel('Who checks progress')).toHaveValue(planReview.who);
  expect(await restored.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  await fresh.close();
});
