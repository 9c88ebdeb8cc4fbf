import { test, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';

/**
 * Screenshots of the screens we build, for people to look at (never compared
 * pixel by pixel). They go to SCREENSHOT_DIR when set, else beside the test's output.
 */
export async function saveScreenshot(target: Page | Locator, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  const path = dir ? join(dir, name) : test.info().outputPath(name);
  await target.screenshot({ path, ...('goto' in target ? { fullPage: options.fullPage ?? false } : {}) });
}
