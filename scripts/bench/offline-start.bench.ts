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
  /** The element whose arrival means the first screen is on show. */
  shownWhen: string;
  /** The element whose arrival means the app has started and answers clicks itself; shownWhen if not given. */
  startedWhen?: string;
}

interface ColdStarts {
  shown: number[];
  started: number[];
}

/**
 * Offline cold start: with no server and no network, and the service worker
 * stopped (as after the laptop wakes), the time from navigation start to
 * `shownWhen` (and to `startedWhen`) being in the page, served entirely by the service worker.
 */
async function offlineColdStart(browser: Browser, { dir, prepare, shownWhen, startedWhen = shownWhen }: OfflineSubject): Promise<ColdStarts> {
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
    // Note the moments the elements are in the page.
    await context.addInitScript(
      ({ shown, started }) => {
        const holder = window as unknown as { shownAt?: number; startedAt?: number };
        const observer = new MutationObserver(() => {
          holder.shownAt ??= document.querySelector(shown) ? performance.now() : undefined;
          holder.startedAt ??= document.querySelector(started) ? performance.now() : undefined;
          if (holder.startedAt !== undefined) observer.disconnect();
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      },
      { shown: shownWhen, started: startedWhen },
    );
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const times: ColdStarts = { shown: [], started: [] };
    for (let run = 0; run < RUNS; run++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.goto('about:blank');
      await page.goto('/', { waitUntil: 'commit' });
      await page.locator(startedWhen).first().waitFor();
      const { shownAt, startedAt, servedByWorker } = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        const holder = window as unknown as { shownAt?: number; startedAt?: number };
        return { shownAt: holder.shownAt ?? Number.NaN, startedAt: holder.startedAt ?? Number.NaN, servedByWorker: navigation.workerStart > 0 };
      });
      if (!servedByWorker) throw new Error('The page was not served by the service worker');
      times.shown.push(shownAt);
      times.started.push(startedAt);
    }
    return times;
  } finally {
    await context.close();
    await server.close().catch(() => undefined);
  }
}

const CARD_LINK = 'main .govuk-summary-card a[href^="/audits/"]';

/**
 * Reflect's audits list, with AUDITS audits made through the form, against the
 * bare React app's button. The list is shown from the last visit before any
 * script runs (src/features/audits/home-snapshot.ts), its links working as
 * links; the app has started when it has taken the list over, which it marks
 * by removing data-from-last-visit from the root.
 */
const offlineStart: Bench = async ({ browser, distDir }) => {
  const app = await offlineColdStart(browser, {
    dir: distDir,
    shownWhen: CARD_LINK,
    startedWhen: `#root:not([data-from-last-visit]) ${CARD_LINK}`,
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
      // Back to the list, as after a session's work.
      await page.goto('/');
      await page.getByRole('link', { name: `Review ${AUDITS}`, exact: true }).waitFor();
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
      { name: 'offline cold start to audits list, median', value: median(app.shown), unit: 'ms' },
      { name: 'offline cold start to audits list, p95', value: percentile(app.shown, 95), unit: 'ms' },
      { name: 'offline cold start to the app taking the list over, median', value: median(app.started), unit: 'ms' },
      { name: 'bare React floor offline cold start, median', value: median(floor.shown), unit: 'ms' },
      { name: 'offline cold start / floor (medians)', value: median(app.shown) / median(floor.shown), unit: '×', target: `≤ ${TARGET_RATIO}` },
      { name: 'app taking the list over / floor (medians)', value: median(app.started) / median(floor.shown), unit: '×' },
    ];
  } finally {
    removeDir(floorDir);
  }
};

export default offlineStart;
