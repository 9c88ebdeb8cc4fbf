import { writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { indicatorGroup, startAudit } from './support/audit-flow';
import { chooseBackupFile, downloadBackup, expectNoAxeViolations } from './support/backup-files';
import { readAllTables } from './support/indexeddb';
import { readToolkit } from './support/toolkits';

const toolkit = readToolkit('attendance');
const title = 'Autumn 2026 review';

/** One audit with a rating, made through the app, and a backup of it. */
async function setUp(page: Page) {
  await startAudit(page, { toolkitTitle: toolkit.title, school: 'Northfield Primary School', title });
  const indicator = toolkit.domains[0]!.indicators[0]!;
  await indicatorGroup(page, indicator.statement).getByRole('radio', { name: toolkit.scale.levels[2]!.label }).check();
  await expect(page.getByRole('status')).toHaveText('All changes saved.');
  await page.goto('/settings');
  return downloadBackup(page, 'Download a backup of everything', test.info().outputPath('good.json'));
}

test('each kind of bad file is refused with a message naming the problem, and nothing changes', async ({ page }) => {
  const good = await setUp(page);
  const valid = JSON.parse(good.text) as Record<string, unknown> & { audits: Array<Record<string, unknown>> };
  const spoilt = (change: (file: typeof valid) => void) => {
    const file = structuredClone(valid);
    change(file);
    return JSON.stringify(file);
  };
  const before = await readAllTables(page);

  const largePath = test.info().outputPath('huge.json');
  writeFileSync(largePath, Buffer.alloc(51 * 1024 * 1024, 0x20));

  const cases: Array<[string, string | { name: string; text: string }, RegExp]> = [
    ['not JSON', { name: 'notes.json', text: 'Minutes of the governors’ meeting' }, /not in the JSON format Reflect saves backups in/],
    ['JSON that is not ours', { name: 'package.json', text: '{"name":"something-else","version":"1.0.0"}' }, /it is JSON, but not the kind Reflect saves/],
    ['a toolkit file', { name: 'attendance.json', text: JSON.stringify(toolkit) }, /This is a toolkit file, not a Reflect backup/],
    ['a truncated file', { name: good.fileName, text: good.text.slice(0, Math.floor(good.text.length / 2)) }, /The file is incomplete/],
    ['a newer version', { name: good.fileName, text: spoilt((file) => Object.assign(file, { schemaVersion: 99, appVersion: '9.0.0' })) }, /newer version of Reflect \(9\.0\.0\)/],
    ['a newer format from this version', { name: good.fileName, text: spoilt((file) => Object.assign(file, { schemaVersion: 99 })) }, /in a newer format \(version 99\) than this version of Reflect/],
    ['a rating off the scale', { name: good.fileName, text: spoilt((file) => ((file.answers as Array<Record<string, unknown>>)[0]!.rating = 99)) }, /answers\[0\]\.rating: 99 is not a level of the toolkit attendance .*, which rates from 1 to 4/],
    ['an answer for an indicator the toolkit lacks', { name: good.fileName, text: spoilt((file) => ((file.answers as Array<Record<string, unknown>>)[0]!.indicatorId = 'no-such-indicator')) }, /answers\[0\]\.indicatorId: the toolkit attendance .* has no indicator "no-such-indicator"/],
    ['a file far too large', largePath, /The file is too large \(51 MB\)/],
    ['a field of the wrong type', { name: good.fileName, text: spoilt((file) => (file.audits[0]!.school = 42)) }, /audits\[0\]\.school: .*expected string/],
    ['a __proto__ key', { name: good.fileName, text: good.text.replace('"school":', '"__proto__": {"isAdmin": true}, "school":') }, /field named "__proto__" \(at audits\[0\]\)/],
    ['a constructor key', { name: good.fileName, text: good.text.replace('"format":', '"constructor": {"prototype": {}}, "format":') }, /field named "constructor"/],
    ['an empty file', { name: good.fileName, text: '' }, /The file is empty/],
  ];

  for (const [label, file, message] of cases) {
    await test.step(label, async () => {
      await chooseBackupFile(page, typeof file === 'string' ? file : { name: file.name, buffer: Buffer.from(file.text) });
      const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
      await expect(summary).toContainText(message);
      await expect(page.getByLabel('Backup file')).toHaveAccessibleDescription(message);
      expect(await readAllTables(page)).toEqual(before);
      expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('isAdmin');
    });
  }
  await page.screenshot({ path: test.info().outputPath('restore-error.png'), fullPage: true });
  await expectNoAxeViolations(page);
});

test('a self-evaluation already on this device: choose keep both or replace', async ({ page }) => {
  const good = await setUp(page);
  await chooseBackupFile(page, { name: good.fileName, buffer: Buffer.from(good.text) });
  await expect(page.getByRole('table', { name: 'Self-evaluations in the file' }).getByRole('row', { name: new RegExp(title) })).toContainText('Already here');

  // No choice yet: nothing happens but a message.
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText('Choose whether to keep both copies or replace');
  await page.screenshot({ path: test.info().outputPath('restore-conflict.png'), fullPage: true });
  await expectNoAxeViolations(page);
  expect((await readAllTables(page)).audits).toHaveLength(1);

  await page.getByRole('radio', { name: 'Keep both' }).check();
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText('Restored 1 self-evaluation.')).toBeVisible();
  const kept = await readAllTables(page);
  expect((kept.audits as Array<{ title: string }>).map((audit) => audit.title).sort()).toEqual([title, `${title} (imported copy)`]);
  expect(kept.answers).toHaveLength(2);

  await chooseBackupFile(page, { name: good.fileName, buffer: Buffer.from(good.text) });
  await page.getByRole('radio', { name: 'Replace the copy on this device' }).check();
  await page.getByRole('button', { name: 'Restore from this file' }).click();
  await expect(page.getByText('Restored 1 self-evaluation, replacing 1 on this device.')).toBeVisible();
  expect((await readAllTables(page)).audits).toHaveLength(2);

  await page.goto('/');
  await expect(page.getByRole('region', { name: `${title} (imported copy)` }).getByRole('link', { name: `${title} (imported copy)`, exact: true })).toBeVisible();
});
