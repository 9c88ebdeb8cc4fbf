/**
 * Autosave and opening, measured in the production build:
 * - time from a change (an input event) to the committed IndexedDB write,
 *   over 200 edits (notes and ratings) on a 40-indicator audit;
 * - time to open an audit, and the audits list, with 500 audits stored.
 * The app marks each committed write with a User Timing measure
 * ("reflect:autosave-write"); the bench seeds IndexedDB directly.
 */
import type { Page } from '@playwright/test';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { median, percentile, type Bench } from './types';

const AUDITS = 500;
const EDITS = 200;
const LOADS = 10;
const TARGET = 'bench-target';

/** A synthetic toolkit: 4 domains of 10 indicators, the size of a full shipped toolkit. */
function makeFortyIndicatorToolkit(): Toolkit {
  const levels = [1, 2, 3, 4].map((value) => ({ value, label: ['Not yet in place', 'Emerging', 'Developing', 'Embedded'][value - 1]! }));
  return {
    schemaVersion: 1,
    id: 'bench-forty',
    version: '1.0.0',
    title: 'Benchmark toolkit',
    summary: 'Forty indicators.',
    audience: 'Benchmarks.',
    scale: { levels, allowNotApplicable: true },
    domains: Array.from({ length: 4 }, (_, d) => ({
      id: `domain-${d + 1}`,
      title: `Domain ${d + 1}`,
      shortTitle: `Domain ${d + 1}`,
      description: 'A domain of ten indicators.',
      indicators: Array.from({ length: 10 }, (_, i) => ({
        id: `indicator-${d + 1}-${i + 1}`,
        statement: `Statement ${d + 1}.${i + 1}: what good looks like, in a sentence of realistic length for a school leader to read.`,
        descriptors: Object.fromEntries(levels.map((level) => [String(level.value), `What ${level.label.toLowerCase()} looks like here.`])),
        evidencePrompts: ['How do we know?', 'Who could tell us?'],
        suggestedActions: [{ action: 'Do the next thing.', successMeasure: 'It is done.' }],
        reference: 'Benchmark.',
      })),
    })),
  };
}

/** Writes the toolkit and 500 audits, each with 40 answered indicators, straight into the app's database. */
async function seed(page: Page, toolkit: Toolkit): Promise<void> {
  await page.evaluate(
    async ({ toolkit, audits, target }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('reflect');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['toolkits', 'audits', 'answers'], 'readwrite');
      const now = Date.now();
      tx.objectStore('toolkits').put({ id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: now });
      const indicators = toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id));
      for (let n = 0; n < audits; n += 1) {
        const id = n === 0 ? target : `bench-${n}`;
        tx.objectStore('audits').put({
          id,
          toolkitId: toolkit.id,
          toolkitVersion: toolkit.version,
          school: 'Benchmark Primary School',
          title: `Review ${n}`,
          date: '2026-11-25',
          participants: 'Head',
          status: 'in-progress',
          basedOnAuditId: null,
          priorityDomainIds: [],
          createdAt: now - n * 1000,
          updatedAt: now - n * 1000,
          deletedAt: null,
        });
        for (const [i, indicatorId] of indicators.entries()) {
          tx.objectStore('answers').put({ auditId: id, indicatorId, rating: (i % 4) + 1, note: `Evidence for ${indicatorId} in review ${n}.`, updatedAt: now });
        }
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { toolkit, audits: AUDITS, target: TARGET },
  );
}

/** Records, from navigation start, when `selector` first matches `count` elements. Starts from a blank page, so no earlier page's work is counted. */
async function timeUntilShown(page: Page, url: string, selector: string, count: number): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    ({ selector, count }) => {
      const state = window as unknown as { shownAt?: number };
      if (document.querySelectorAll(selector).length >= count) state.shownAt ??= performance.now();
      return state.shownAt;
    },
    { selector, count },
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

const autosave: Bench = async ({ baseUrl, browser }) => {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  try {
    // The home page opens (and so creates) the database before we seed it.
    await page.goto('/');
    await page.getByRole('heading', { name: 'You have not started a self-evaluation yet' }).waitFor();
    const toolkit = makeFortyIndicatorToolkit();
    await seed(page, toolkit);

    const openTimes: number[] = [];
    const listTimes: number[] = [];
    for (let load = 0; load <= LOADS; load += 1) {
      const opened = await timeUntilShown(page, `/audits/${TARGET}/domains/domain-1`, 'form textarea', 12);
      const listed = await timeUntilShown(page, '/', 'section.govuk-summary-card', AUDITS);
      // The first load warms the service worker and HTTP caches; it is not counted.
      if (load > 0) {
        openTimes.push(opened);
        listTimes.push(listed);
      }
    }

    // Every input event is timestamped; the app measures each committed write.
    await page.addInitScript(() => {
      document.addEventListener('input', () => ((window as unknown as { lastInputAt: number }).lastInputAt = performance.now()), true);
    });
    const changeToCommit: number[] = [];
    const writeOnly: number[] = [];
    // Each rating edit picks the level after the stored one, so that every edit is a real change.
    const levelValues = toolkit.scale.levels.map((level) => level.value);
    const stored = new Map(toolkit.domains.flatMap((domain) => domain.indicators).map((indicator, i) => [indicator.id, (i % 4) + 1]));
    for (let edit = 0; edit < EDITS; edit += 1) {
      const domain = toolkit.domains[Math.floor(edit / (EDITS / toolkit.domains.length))]!;
      if (!page.url().endsWith(domain.id)) {
        await page.goto(`/audits/${TARGET}/domains/${domain.id}`);
        await page.getByRole('heading', { level: 1, name: domain.title }).waitFor();
      }
      const indicator = domain.indicators[edit % domain.indicators.length]!;
      const group = page.getByRole('group', { name: indicator.statement });
      if (edit % 2 === 0) await group.getByLabel('How do we know? (evidence note)').fill(`Edited note ${edit}`);
      else {
        const value = levelValues[(levelValues.indexOf(stored.get(indicator.id)!) + 1) % levelValues.length]!;
        stored.set(indicator.id, value);
        await group.getByRole('radio', { name: toolkit.scale.levels.find((level) => level.value === value)!.label }).check();
      }
      const timing = await page.waitForFunction(
        () => {
          const { lastInputAt } = window as unknown as { lastInputAt: number };
          const write = performance.getEntriesByName('reflect:autosave-write').find((entry) => entry.startTime + entry.duration >= lastInputAt);
          return write && { changeToCommit: write.startTime + write.duration - lastInputAt, write: write.duration };
        },
        undefined,
        { polling: 5, timeout: 10_000 },
      );
      const { changeToCommit: total, write } = (await timing.jsonValue()) as { changeToCommit: number; write: number };
      changeToCommit.push(total);
      writeOnly.push(write);
      await page.evaluate(() => performance.clearMeasures('reflect:autosave-write'));
    }

    return [
      { name: `change → committed write, median (${EDITS} edits, 40 indicators)`, value: median(changeToCommit), unit: 'ms', target: '≤ 500' },
      { name: 'change → committed write, 95th percentile', value: percentile(changeToCommit, 95), unit: 'ms', target: '≤ 500' },
      { name: 'IndexedDB write alone, median', value: median(writeOnly), unit: 'ms' },
      { name: 'IndexedDB write alone, 95th percentile', value: percentile(writeOnly, 95), unit: 'ms' },
      { name: `open an audit (${AUDITS} stored), median of ${LOADS}`, value: median(openTimes), unit: 'ms' },
      { name: `audits list (${AUDITS} stored), median of ${LOADS}`, value: median(listTimes), unit: 'ms' },
    ];
  } finally {
    await context.close();
  }
};

export default autosave;
