import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Bench } from './types';

/** Gzip size of the JavaScript and CSS the entry HTML loads before first paint. */
const bundle: Bench = async ({ distDir }) => {
  const html = readFileSync(resolve(distDir, 'index.html'), 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((match) => match[1]!);
  const gzip = (file: string) => gzipSync(readFileSync(resolve(distDir, file))).length;
  const js = assets.filter((file) => file.endsWith('.js')).reduce((sum, file) => sum + gzip(file), 0);
  const css = assets.filter((file) => file.endsWith('.css')).reduce((sum, file) => sum + gzip(file), 0);
  const all = readdirSync(resolve(distDir, 'assets')).filter((file) => file.endsWith('.js'));
  return [
    { name: 'first-load JS (gzip)', value: js, unit: 'B' },
    { name: 'first-load CSS (gzip)', value: css, unit: 'B' },
    { name: 'JS chunks in the build', value: all.length, unit: '' },
  ];
};

export default bundle;
