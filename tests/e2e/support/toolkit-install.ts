/** Installing a toolkit on the toolkits page, as a council adviser does: choose the file, check it, read the preview, install. */
import { expect, type Page } from '@playwright/test';
import type { Toolkit } from '../../../src/core/toolkit-schema';

export type ToolkitFile = { name: string; mimeType: string; buffer: Buffer };

export const jsonFile = (name: string, toolkit: unknown): ToolkitFile => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(toolkit, null, 2)) });

export async function checkToolkitFile(page: Page, file: ToolkitFile): Promise<void> {
  await page.getByLabel('Toolkit file').setInputFiles(file);
  await page.getByRole('button', { name: 'Check the file' }).click();
}

export function preview(page: Page) {
  return page.getByRole('region', { name: 'Check the toolkit before you install it' });
}

/** From the toolkits page: check, see the preview, install, and see it said. */
export async function installToolkitFile(page: Page, file: ToolkitFile, toolkit: Pick<Toolkit, 'title' | 'version'>): Promise<void> {
  await checkToolkitFile(page, file);
  await expect(preview(page).getByRole('heading', { name: `${toolkit.title}, version ${toolkit.version}` })).toBeVisible();
  await page.getByRole('button', { name: 'Install this toolkit' }).click();
  await expect(page.getByText(`“${toolkit.title}” version ${toolkit.version} is installed.`)).toBeVisible();
}

export function toolkitCard(page: Page, title: string) {
  return page.getByRole('region', { name: title, exact: true });
}
