/**
 * Makes the screenshots the web manifest offers in the browser's install
 * dialog, from the real production build: one wide (1280x720) of the results,
 * one narrow (412x915) of an audit in progress. Run after a visible change:
 * `npx tsx scripts/render-screenshots.ts` (it builds the app first).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build, preview } from 'vite';
import type { Toolkit } from '../src/core/toolkit-schema';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const root = resolve(import.meta.dirname, '..');
const outDir = resolve(root, 'public', 'screenshots');
const toolkit = JSON.parse(readFileSync(resolve(root, 'toolkits', 'attendance.json'), 'utf8')) as Toolkit;
/** A plausible spread of ratings, so the radar has a shape. */
const PATTERN = [3, 4, 2, 3, 1, 4, 3, 2];

async function startAudit(page: Page) {
  await page.goto('/audits/new');
  await page.getByRole('radio', { name: toolkit.title }).check();
  await page.getByLabel('School name').fill('Northfield Primary School');
  await page.getByLabel('Title of this self-evaluation').fill('Autumn 2026 review');
  await page.getByRole('button', { name: 'Start self-evaluation' }).click();
}

async function rateEverything(page: Page) {
  let n = 0;
  for (const [d, domain] of toolkit.domains.entries()) {
    await page.getByRole('heading', { level: 1, name: domain.title }).waitFor();
    for (const indicator of domain.indicators) {
      const value = PATTERN[n++ % PATTERN.length]!;
      const label = toolkit.scale.levels.find((level) => level.value === value)!.label;
      await page.getByRole('group', { name: indicator.statement }).getByRole('radio', { name: label }).check();
    }
    await page.getByText('All changes saved.').waitFor();
    const next = toolkit.domains[d + 1];
    await page.getByRole('link', { name: next ? `Next: ${next.shortTitle}` : 'See the results' }).click();
  }
}

await build({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
const server = await preview({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'silent', preview: { port: 0, host: '127.0.0.1' } });
const address = server.httpServer.address();
if (!address || typeof address === 'string') throw new Error('The preview server has no port');
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
mkdirSync(outDir, { recursive: true });
try {
  const context = await browser.newContext({ baseURL: `http://127.0.0.1:${address.port}`, viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
  const page = await context.newPage();
  await startAudit(page);
  const auditPath = new URL(page.url()).pathname;
  await rateEverything(page);
  await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
  await page.screenshot({ path: resolve(outDir, 'results-wide.png') });

  await page.setViewportSize({ width: 412, height: 915 });
  await page.goto(auditPath);
  const first = toolkit.domains[0]!.indicators[0]!;
  await page.getByLabel('How do we know? (evidence note)').first().fill('Registers close at 9:05; the office phones every absent pupil’s family by 9:30.');
  await page.getByRole('group', { name: first.statement }).getByRole('radio', { name: toolkit.scale.levels[2]!.label }).check();
  await page.getByText('All changes saved.').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(outDir, 'domain-narrow.png') });
  await context.close();
  console.log(`Wrote results-wide.png and domain-narrow.png to ${outDir}`);
} finally {
  await browser.close();
  await server.close();
}
