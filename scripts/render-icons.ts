/** Renders public/icons/icon.svg to the PNG sizes the web manifest lists. Run after changing the SVG. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';

const iconsDir = resolve(import.meta.dirname, '..', 'public', 'icons');
const svg = readFileSync(resolve(iconsDir, 'icon.svg'), 'utf8');

const outputs = [
  { file: 'icon-192.png', size: 192, maskable: false },
  { file: 'icon-512.png', size: 512, maskable: false },
  { file: 'apple-touch-icon.png', size: 180, maskable: true },
  // Maskable icons are cropped to a circle by some launchers: keep the art inside the central 80%.
  { file: 'icon-maskable-512.png', size: 512, maskable: true },
];

const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const page = await browser.newPage();
for (const { file, size, maskable } of outputs) {
  await page.setViewportSize({ width: size, height: size });
  const inner = maskable ? Math.round(size * 0.8) : size;
  const art = maskable ? svg.replace('rx="96"', 'rx="0"') : svg;
  await page.setContent(
    `<body style="margin:0;background:${maskable ? '#1d3f5e' : 'transparent'};display:grid;place-items:center;width:${size}px;height:${size}px">
       <div style="width:${inner}px;height:${inner}px">${art.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`,
  );
  await page.screenshot({ path: resolve(iconsDir, file), omitBackground: !maskable });
  console.log(`Wrote ${file}`);
}
await browser.close();
