import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { findFreePort } from '../free-port';
import { median, type Bench, type BenchFigure } from './types';

const RUNS = 3;
const PAGES = [
  { path: '/', label: 'audits list' },
  { path: '/audits/new', label: 'new audit' },
];

/**
 * Lighthouse's default (mobile) settings: a mid-range phone, simulated slow
 * 4G and a 4× slower CPU, against the production build in Debian Chromium.
 * Median of RUNS runs per page; Lighthouse resets storage before each run,
 * so every run is a first visit.
 */
const lighthouseBench: Bench = async ({ baseUrl }) => {
  const port = await findFreePort();
  const browser = await chromium.launch({ executablePath: findChromium(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
  const figures: BenchFigure[] = [];
  try {
    for (const { path, label } of PAGES) {
      const runs: Record<string, number>[] = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(`${baseUrl}${path}`, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        });
        if (!result) throw new Error('Lighthouse returned no result');
        const { categories, audits } = result.lhr;
        // Say what cost points, so that a score below target can be acted on.
        for (const id of ['accessibility', 'best-practices'] as const) {
          for (const ref of categories[id]?.auditRefs ?? []) {
            const audit = audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
              const items = audit.details && 'items' in audit.details ? JSON.stringify(audit.details.items).slice(0, 400) : '';
              process.stderr.write(`  ${label}, run ${run + 1}: ${id} lost points on "${audit.title}"${audit.explanation ? `: ${audit.explanation}` : ''} ${items}\n`);
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
      const middle = (key: string) => median(runs.map((run) => run[key]!));
      figures.push(
        { name: `${label}: performance (mobile)`, value: middle('performance'), unit: '', target: '≥ 0.95' },
        { name: `${label}: accessibility`, value: middle('accessibility'), unit: '', target: '1' },
        { name: `${label}: best practices`, value: middle('bestPractices'), unit: '', target: '1' },
        { name: `${label}: first contentful paint`, value: middle('fcp'), unit: 'ms' },
        { name: `${label}: largest contentful paint`, value: middle('lcp'), unit: 'ms' },
        { name: `${label}: total blocking time`, value: middle('tbt'), unit: 'ms' },
        { name: `${label}: cumulative layout shift`, value: middle('cls'), unit: '' },
      );
    }
  } finally {
    await browser.close();
  }
  return figures;
};

export default lighthouseBench;
