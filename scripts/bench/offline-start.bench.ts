import type { Browser, BrowserContext } from '@playwright/test';
import { buildFloor, makeTempDir, removeDir } from './builds';
import { serveStatic } from './static-server';
import { median, percentile, type Bench } from './types';

const RUNS = 15;
const AUDITS = 5;
const TARGET_RATIO = 1.2;

interface OfflineSubject {
  dir: string;
  /** Done online, before the server goes: what there is to show, and the service worker installed. */
  prepare: (context: BrowserContext) => Promise<void>;
  /** The element whose arrival means the first screen is usable. */
  shownWhen: string;
}

/**
 * Offline cold start: with no server and no network, and the service worker
 * stopped (as after the laptop wakes), the time from navigation start to
 * `shownWhen` being in the page, served entirely by the service worker.
 */
async function offlineColdStart(browser: Browser, { dir, prepare, shownWhen }: OfflineSubject): Promise<number[]> {
  const server = await serveStatic(dir);
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-GB' });
  try {
    await prepare(context);
    const page = context.pages()[0]!;
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await server.close();
    await context.setOffline(true);
    // Note the moment the element is in the page (React has rendered it, with its handlers).
    await context.addInitScript((selector) => {
      const holder = window as unknown as { shownAt?: number };
      const observer = new MutationObserver(() => {
        if (document.querySelector(selector)) {
          holder.shownAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    }, shownWhen);
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.goto('about:blank');
      await page.goto('/', { waitUntil: 'commit' });
      await page.locator(shownWhen).first().waitFor();
      const { shownAt, servedByWorker } = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { shownAt: (window as unknown as { shownAt?: number }).shownAt ?? Number.NaN, servedByWorker: navigation.workerStart > 0 };
      });
      if (!servedByWorker) throw new Error('The page was not served by the service worker');
      times.push(shownAt);
    }
    return times;
  } finally {
    await context.close();
    await server.close().catch(() => undefined);
  }
}

/** Reflect's audits list, with AUDITS audits made through the form, against the bare React app's button. */
const offlineStart: Bench = async ({ browser, distDir }) => {
  const app = await offlineColdStart(browser, {
    dir: distDir,
    shownWhen: 'main .govuk-summary-card a[href^="/audits/"]',
    async prepare(context) {
      const page = await context.newPage();
      for (let n = 1; n <= AUDITS; n++) {
        await page.goto('/audits/new');
        await page.getByRole('radio').first().check();
        await page.getByLabel('School name').fill('Northfield Primary School');
        await page.getByLabel('Title of this self-evaluation').fill(`Review ${n}`);
        await page.getByRole('button', { name: 'Start self-evaluation' }).click();
        await page.getByText('Changes are saved automatically.').waitFor();
      }
    },
  });
  const floorDir = makeTempDir('bench-floor-offline');
  try {
    await buildFloor(floorDir, { offline: true });
    const floor = await offlineColdStart(browser, {
      dir: floorDir,
      shownWhen: '#root button',
      async prepare(context) {
        const page = await context.newPage();
        await page.goto('/');
        await page.locator('#root button').waitFor();
      },
    });
    return [
      { name: 'offline cold start to audits list, median', value: median(app), unit: 'ms' },
      { name: 'offline cold start to audits list, p95', value: percentile(app, 95), unit: 'ms' },
      { name: 'bare React floor offline cold start, median', value: median(floor), unit: 'ms' },
      { name: 'offline cold start / floor (medians)', value: median(app) / median(floor), unit: '×', target: `≤ ${TARGET_RATIO}` },
    ];
  } finally {
    removeDir(floorDir);
  }
};

export default offlineStart;
