import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium';
import { waitForOfflineReady } from './support/service-worker';

interface ManifestImage {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
  form_factor?: string;
  label?: string;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('Chromium finds the app installable: no installability errors and a complete manifest', async ({ baseURL }) => {
  // A browser profile of its own: Chromium never offers to install from an incognito-like context.
  const profile = mkdtempSync(join(tmpdir(), 'reflect-install-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: findChromium(), args: CHROMIUM_ARGS, headless: true, baseURL });
  try {
    await checkInstallable(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

async function checkInstallable(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Your self-evaluations' })).toBeVisible();
  await waitForOfflineReady(page);

  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors).toEqual([]);
  const { errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);

  const manifestUrl = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = (await (await page.request.get(manifestUrl ?? '')).json()) as Record<string, unknown> & {
    icons: ManifestImage[];
    screenshots: ManifestImage[];
  };
  expect(manifest).toMatchObject({
    name: expect.stringContaining('Reflect'),
    short_name: 'Reflect',
    description: expect.any(String),
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
  });

  // Every icon and screenshot exists, is a PNG, and is the size the manifest says.
  for (const image of [...manifest.icons, ...manifest.screenshots]) {
    const response = await page.request.get(image.src);
    expect(response.ok(), image.src).toBe(true);
    expect(pngSize(await response.body()), image.src).toBe(image.sizes);
  }
  const iconFor = (size: string, purpose: string) => manifest.icons.some((icon) => icon.sizes === size && (icon.purpose ?? 'any').split(' ').includes(purpose));
  expect(iconFor('192x192', 'any')).toBe(true);
  expect(iconFor('512x512', 'any')).toBe(true);
  expect(iconFor('512x512', 'maskable')).toBe(true);
  const screenshot = (formFactor: string) => manifest.screenshots.find((image) => image.form_factor === formFactor);
  expect(screenshot('wide')).toMatchObject({ sizes: '1280x720', label: expect.any(String) });
  expect(screenshot('narrow')).toMatchObject({ label: expect.any(String) });
}
