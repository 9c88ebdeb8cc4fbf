/**
 * Chinese (and Japanese kana) from Noto Sans SC, regular weight only. The
 * whole font is 4.6 MB in 100 slices, too much to precache for every school,
 * so a PDF fetches only the slices its names need (usually a few dozen kB)
 * and keeps them in the browser's cache for the next export, offline too.
 * A slice that cannot be fetched (offline, never used before) is reported
 * in the PDF as characters that could not be shown.
 * Licence: SIL Open Font License 1.1.
 */
import sliceRanges from '@fontsource/noto-sans-sc/unicode.json';
import type { FaceSource } from './noto-sans';
import { parseUnicodeRanges } from './unicode-ranges';

const CACHE_NAME = 'reflect-pdf-fonts-1';

const urls = import.meta.glob<string>('../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff', {
  query: '?url',
  import: 'default',
  eager: true,
});

async function fetchKept(url: string): Promise<Uint8Array> {
  const cache = 'caches' in globalThis ? await caches.open(CACHE_NAME) : undefined;
  let response = await cache?.match(url);
  if (!response) {
    response = await fetch(url);
    if (!response.ok) throw new Error(`The font ${url} could not be fetched (${response.status}).`);
    await cache?.put(url, response.clone());
  }
  return new Uint8Array(await response.arrayBuffer());
}

/** Only the numbered slices hold Chinese; Latin and the rest come from Noto Sans. */
export const NOTO_SANS_SC_FACES: readonly FaceSource[] = Object.entries(sliceRanges).flatMap(([key, ranges]) => {
  const slice = /^\[(\d+)\]$/.exec(key)?.[1];
  const url = slice && Object.entries(urls).find(([path]) => path.endsWith(`/noto-sans-sc-${slice}-400-normal.woff`))?.[1];
  return url ? [{ id: `noto-sans-sc-${slice}-400`, bold: false, ranges: parseUnicodeRanges(ranges), load: () => fetchKept(url) }] : [];
});
