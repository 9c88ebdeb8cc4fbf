/**
 * The local-authority view at a borough's size and ten times it: 500 and
 * 5,000 schools' summary files of a 40-statement toolkit imported at once,
 * then the roll-up drawn from them. Each size in a fresh browser context.
 * Import: from the click on "Import summaries" to the frame that says how
 * many were imported. Roll-up: from the click on the toolkit's link to the
 * frame that shows the scores table. The ratio of the two sizes shows how
 * the cost grows (10 would be linear). The files are made by the app's own
 * builder, each school rating differently.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { Rating } from '../../src/core/audit';
import { buildSchoolSummary, serializeSummary } from '../../src/core/school-summary';
import { auditRatings, NO_TEAM } from '../../src/core/team-ratings';
import { makeBenchToolkit } from './bench-toolkit';
import type { Bench, BenchFigure } from './types';

const SIZES = [500, 5000] as const;
const toolkit = makeBenchToolkit({ id: 'bench-borough-toolkit', title: 'Bench borough toolkit', domains: 5, indicatorsPerDomain: 8 });
const indicatorIds = toolkit.domains.flatMap((domain) => domain.indicators.map((indicator) => indicator.id));

function summaryFiles(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, n) => {
    const answers = Object.fromEntries(indicatorIds.map((id, i): [string, { rating: Rating; note: string }] => [id, { rating: (((n * 7 + i * 3) % 9) % 4) + 1, note: '' }]));
    const summary = buildSchoolSummary({
      audit: { id: `bench-school-${n}`, school: `Bench School ${n + 1}`, date: '2026-11-25', scope: 'full' },
      toolkit,
      ratings: auditRatings(toolkit, { participants: '' }, answers, NO_TEAM),
      reflections: [],
      choices: { urn: String(300000 + n), showcaseSectionIds: [], credit: 'named' },
      appVersion: '0.0.0',
      now: new Date('2026-11-26T10:00:00Z'),
    });
    const file = resolve(dir, `school-${n + 1}-summary.json`);
    writeFileSync(file, serializeSummary(summary));
    return file;
  });
}

/** What shows that the page is ready: an element matching `selector` whose text is `text`. */
interface Ready {
  selector: string;
  text: string;
}

/** Milliseconds from the next click anywhere to the first frame painted once `ready` is on the page. */
async function timeNextClick(page: Page, ready: Ready, click: () => Promise<void>): Promise<number> {
  await page.evaluate(({ selector, text }) => {
    const holder = window as unknown as { shown?: Promise<number> };
    holder.shown = new Promise<number>((done) => {
      let clickedAt = Number.NaN;
      window.addEventListener('click', () => (clickedAt = performance.now()), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        // Written out rather than as a named helper: the bench's compiler would wrap a named function in a helper the page lacks.
        if (![...document.querySelectorAll(selector)].some((element) => element.textContent === text)) return;
        observer.disconnect();
        // A task queued from the next animation frame runs once that frame is painted.
        requestAnimationFrame(() => setTimeout(() => done(performance.now() - clickedAt), 0));
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, ready);
  await click();
  return page.evaluate(() => (window as unknown as { shown: Promise<number> }).shown);
}

interface Measured {
  /** The browser reading the chosen files' text and nothing else: the floor under the import. */
  readMs: number;
  importMs: number;
  rollupMs: number;
}

async function measure(browser: Browser, baseUrl: string, files: string[]): Promise<Measured> {
  const context = await browser.newContext({ baseURL: baseUrl });
  const page = await context.newPage();
  await page.goto('/local-authority');
  await page.getByRole('heading', { level: 1, name: 'Local authority view' }).waitFor();
  await page.getByLabel('Summary files').setInputFiles(files);
  const readMs = await page.evaluate(async () => {
    const chosen = [...(document.querySelector<HTMLInputElement>('#summary-files')?.files ?? [])];
    const start = performance.now();
    await Promise.all(chosen.map((file) => file.text()));
    return performance.now() - start;
  });
  const imported = { selector: 'main h3', text: `${files.length} of ${files.length} files imported` };
  const importMs = await timeNextClick(page, imported, () => page.getByRole('button', { name: 'Import summaries' }).click());
  const link = page.getByRole('link', { name: `${toolkit.title}, version ${toolkit.version}` });
  await link.waitFor({ timeout: 120_000 });
  const rollupMs = await timeNextClick(page, { selector: 'main table caption', text: 'Scores by section across schools' }, () => link.click());
  await context.close();
  return { readMs, importMs, rollupMs };
}

const localAuthority: Bench = async ({ baseUrl, browser }) => {
  const dir = resolve(tmpdir(), 'reflect-bench-local-authority');
  rmSync(dir, { recursive: true, force: true });
  const figures: BenchFigure[] = [];
  const measured: Record<number, Measured> = {};
  for (const size of SIZES) {
    measured[size] = await measure(browser, baseUrl, summaryFiles(resolve(dir, String(size)), size));
    figures.push(
      { name: `reading ${size} files’ text alone, in the browser (the floor under the import)`, value: measured[size]!.readMs, unit: 'ms' },
      { name: `import ${size} summary files, ${indicatorIds.length} statements each`, value: measured[size]!.importMs, unit: 'ms', target: size === 500 ? '< 3000' : undefined },
      { name: `roll-up of ${size} schools, click to drawn`, value: measured[size]!.rollupMs, unit: 'ms' },
    );
  }
  const [small, large] = SIZES;
  const total = (size: number) => measured[size]!.importMs + measured[size]!.rollupMs;
  figures.push(
    { name: `import: ${large} ÷ ${small} (10 is linear)`, value: measured[large]!.importMs / measured[small]!.importMs, unit: '×' },
    { name: `roll-up: ${large} ÷ ${small} (10 is linear)`, value: measured[large]!.rollupMs / measured[small]!.rollupMs, unit: '×' },
    { name: `import and roll-up: ${large} ÷ ${small} (10 is linear)`, value: total(large) / total(small), unit: '×' },
  );
  rmSync(dir, { recursive: true, force: true });
  return figures;
};

export default localAuthority;
