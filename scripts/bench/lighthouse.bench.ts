import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { findFreePort } from '../free-port';
import { buildFloor, makeTempDir, removeDir } from './builds';
import { serveStatic } from './static-server';
import { median, type Bench, type BenchFigure } from './types';

const RUNS = 3;
const PAGES = [
  { path: '/', label: 'audits list' },
  { path: '/audits/new', label: 'new audit' },
];

type Run = Record<'performance' | 'accessibility' | 'bestPractices' | 'fcp' | 'lcp' | 'tbt' | 'cls', number>;

/**
 * Lighthouse's default (mobile) settings: a mid-range phone, simulated slow
 * 4G and a 4× slower CPU, against the production build in Debian Chromium,
 * served gzip-compressed as a static host serves it. The bare React floor,
 * built and served alike in the same run, is measured beside each page.
 * Median of RUNS runs per page; Lighthouse resets storage before each run,
 * so every run is a first visit.
 */
const lighthouseBench: Bench = async ({ baseUrl }) => {
  const port = await findFreePort();
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
  const floorDir = makeTempDir('bench-floor-lighthouse');
  await buildFloor(floorDir);
  const floorServer = await serveStatic(floorDir);

  async function measure(url: string, label: string): Promise<Run> {
    const runs: Run[] = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] });
      if (!result) throw new Error('Lighthouse returned no result');
      const { categories, audits } = result.lhr;
      // Say what cost points, so that a score below target can be acted on.
      for (const id of ['performance', 'accessibility', 'best-practices'] as const) {
        for (const ref of categories[id]?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < (id === 'performance' ? 0.9 : 1)) {
            const items = audit.details && 'items' in audit.details ? JSON.stringify(audit.details.items).slice(0, 300) : '';
            process.stderr.write(`  ${label}, run ${run + 1}: ${id} lost points on "${audit.title}"${audit.displayValue ? ` (${audit.displayValue})` : ''} ${items}\n`);
          }
        }
      }
      runs.push({
        performance: categories.performance?.score ?? Number.NaN,
        accessibility: categories.accessibility?.score ?? Number.NaN,
        bestPractices: categories['best-practices']?.score ?? Number.NaN,
        fcp: audits['first-contentful-paint']?.numericValue ?? Number.NaN,
        lcp: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        tbt: audits['total-blocking-time']?.numericValue ?? Number.NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      });
    }
    return Object.fromEntries(Object.keys(runs[0]!).map((key) => [key, median(runs.map((run) => run[key as keyof Run]))])) as Run;
  }

  try {
    const floor = await measure(`${floorServer.url}/`, 'bare React floor');
    const figures: BenchFigure[] = [
      { name: 'bare React floor: performance (mobile)', value: floor.performance, unit: '' },
      { name: 'bare React floor: first contentful paint', value: floor.fcp, unit: 'ms' },
      { name: 'bare React floor: largest contentful paint', value: floor.lcp, unit: 'ms' },
    ];
    for (const { path, label } of PAGES) {
      const app = await measure(`${baseUrl}${path}`, label);
      figures.push(
        { name: `${label}: performance (mobile)`, value: app.performance, unit: '', target: '≥ 0.98' },
        { name: `${label}: accessibility`, value: app.accessibility, unit: '', target: '1' },
        { name: `${label}: best practices`, value: app.bestPractices, unit: '', target: '1' },
        { name: `${label}: first contentful paint`, value: app.fcp, unit: 'ms' },
        { name: `${label}: first contentful paint / floor`, value: app.fcp / floor.fcp, unit: '×' },
        { name: `${label}: largest contentful paint`, value: app.lcp, unit: 'ms' },
        { name: `${label}: largest contentful paint / floor`, value: app.lcp / floor.lcp, unit: '×', target: '≤ 1' },
        { name: `${label}: total blocking time`, value: app.tbt, unit: 'ms' },
        { name: `${label}: cumulative layout shift`, value: app.cls, unit: '' },
      );
    }
    return figures;
  } finally {
    await browser.close();
    await floorServer.close();
    removeDir(floorDir);
  }
};

export default lighthouseBench;
