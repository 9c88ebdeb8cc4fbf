/**
 * `npm run bench`: builds the app, serves it, runs every scripts/bench/*.bench.ts
 * against it in headless Chromium, prints a table and writes bench-results/bench.json.
 * `npm run bench -- bundle lighthouse` runs only the benches named.
 * Timings are reported, never asserted: tests check behaviour, this measures.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../chromium';
import { buildApp, makeTempDir, projectRoot, removeDir } from './builds';
import { serveStatic } from './static-server';
import type { Bench, BenchFigure } from './types';

const only = process.argv.slice(2);

const distDir = makeTempDir('bench-app');
await buildApp(distDir);
// Served as a static host serves it: gzip, with Content-Length.
const server = await serveStatic(distDir);
const baseUrl = server.url;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

const results: Record<string, BenchFigure[]> = {};
try {
  const files = readdirSync(import.meta.dirname)
    .filter((file) => file.endsWith('.bench.ts'))
    .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
    .sort();
  for (const file of files) {
    const bench = (await import(resolve(import.meta.dirname, file))) as { default: Bench };
    process.stderr.write(`Running ${file}…\n`);
    results[file.replace(/\.bench\.ts$/, '')] = await bench.default({ baseUrl, browser, distDir });
  }
} finally {
  await browser.close();
  await server.close();
  removeDir(distDir);
}

const format = (figure: BenchFigure) =>
  `${Number.isInteger(figure.value) ? figure.value : figure.value.toFixed(2)}${figure.unit ? ` ${figure.unit}` : ''}`;
const rows = Object.entries(results).flatMap(([group, figures]) => figures.map((figure) => [group, figure.name, format(figure), figure.target ?? '']));
const header = ['bench', 'figure', 'value', 'target'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
console.log([line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));

mkdirSync(resolve(projectRoot, 'bench-results'), { recursive: true });
writeFileSync(resolve(projectRoot, 'bench-results', 'bench.json'), `${JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2)}\n`);
