import { serveStatic } from './static-server';
import { median, percentile, type Bench } from './types';

const RUNS = 15;
const AUDITS = 5;

/**
 * Offline cold start: with no server and no network, and the service worker
 * stopped (as after the laptop wakes), the time from navigation start to the
 * audits list showing its links, served entirely by the service worker.
 */
const offlineStart: Bench = async ({ browser, distDir }) => {
  // A server of our own, so that we can take it away.
  const server = await serveStatic(distDir);
  const context = await browser.newContext({ baseURL: server.url, locale: 'en-GB' });
  try {
    const page = await context.newPage();
    for (let n = 1; n <= AUDITS; n++) {
      await page.goto('/audits/new');
      await page.getByRole('radio').first().check();
      await page.getByLabel('School name').fill('Northfield Primary School');
      await page.getByLabel('Title of this self-evaluation').fill(`Review ${n}`);
      await page.getByRole('button', { name: 'Start self-evaluation' }).click();
      await page.getByText('Changes are saved automatically.').waitFor();
    }
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await server.close();
    await context.setOffline(true);

    // Note the moment the list's first link is in the page (React has rendered it, with its handlers).
    await context.addInitScript(() => {
      const holder = window as unknown as { listShownAt?: number };
      const observer = new MutationObserver(() => {
        if (document.querySelector('main .govuk-summary-card a[href^="/audits/"]')) {
          holder.listShownAt = performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.goto('about:blank');
      await page.goto('/', { waitUntil: 'commit' });
      await page.getByRole('link', { name: `Review ${AUDITS}`, exact: true }).waitFor();
      const { listShownAt, servedByWorker } = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { listShownAt: (window as unknown as { listShownAt?: number }).listShownAt ?? Number.NaN, servedByWorker: navigation.workerStart > 0 };
      });
      if (!servedByWorker) throw new Error('The page was not served by the service worker');
      times.push(listShownAt);
    }
    return [
      { name: 'offline cold start to audits list, median', value: median(times), unit: 'ms' },
      { name: 'offline cold start to audits list, p95', value: percentile(times, 95), unit: 'ms' },
    ];
  } finally {
    await context.close();
    await server.close().catch(() => undefined);
  }
};

export default offlineStart;
