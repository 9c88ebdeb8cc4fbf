import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** A backup file made from the committed version-1 database fixture: two toolkits (one not installed), markup in text. */
export function fixtureBackup(): string {
  const fixture = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/db-v1.json'), 'utf8')) as { tables: Record<string, unknown[]> };
  // The settings table describes one device and is never part of a backup.
  const tables = Object.fromEntries(Object.entries(fixture.tables).filter(([name]) => name !== 'settings'));
  return JSON.stringify({ format: 'reflect-backup', schemaVersion: 1, appVersion: '0.1.0', exportedAt: '2026-12-01T09:00:00.000Z', ...tables });
}

export async function chooseBackupFile(page: Page, file: { name: string; buffer: Buffer } | string): Promise<void> {
  const input = page.getByLabel('Backup file');
  await input.setInputFiles(typeof file === 'string' ? file : { name: file.name, mimeType: 'application/json', buffer: file.buffer });
  await page.getByRole('button', { name: 'Check the file' }).click();
}

export async function downloadBackup(page: Page, button: string, savePath: string): Promise<{ fileName: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  await download.saveAs(savePath);
  return { fileName: download.suggestedFilename(), text: readFileSync(savePath, 'utf8') };
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
}
