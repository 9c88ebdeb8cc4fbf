/**
 * The fonts every PDF can use, in both weights: Noto Sans (Latin, Greek,
 * Cyrillic, Vietnamese) and Noto Sans Arabic (Arabic and Urdu). Each slice is
 * its own small chunk, loaded only when the plan's text needs it; being
 * JavaScript, the service worker precaches them all for offline use.
 * Licence: SIL Open Font License 1.1 (see the packages' LICENSE files).
 */
import arabicRanges from '@fontsource/noto-sans-arabic/unicode.json';
import notoSansRanges from '@fontsource/noto-sans/unicode.json';
import { fromBinaryString } from '../binary-string';
import { parseUnicodeRanges, type CodePointRanges } from './unicode-ranges';

export interface FaceSource {
  /** The font's name inside the PDF. */
  id: string;
  bold: boolean;
  /** What the slice claims to cover; the loaded font's own character map has the last word. */
  ranges: CodePointRanges;
  /** The WOFF file. */
  load: () => Promise<Uint8Array>;
}

type InlineFont = () => Promise<{ default: string }>;

/** Vite inlines `?inline` imports as data URLs, so each font lives in its own precached chunk. */
function fromDataUrl(load: InlineFont): () => Promise<Uint8Array> {
  return async () => {
    const { default: dataUrl } = await load();
    return fromBinaryString(atob(dataUrl.slice(dataUrl.indexOf(',') + 1)));
  };
}

// One line per slice and weight: dynamic imports need literal paths.
const SLICES: readonly [family: string, slice: string, ranges: string, regular: InlineFont, bold: InlineFont][] = [
  ['noto-sans', 'latin', notoSansRanges.latin, () => import('@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff?inline'), () => import('@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff?inline')],
  ['noto-sans', 'latin-ext', notoSansRanges['latin-ext'], () => import('@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff?inline'), () => import('@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff?inline')],
  ['noto-sans', 'vietnamese', notoSansRanges.vietnamese, () => import('@fontsource/noto-sans/files/noto-sans-vietnamese-400-normal.woff?inline'), () => import('@fontsource/noto-sans/files/noto-sans-vietnamese-700-normal.woff?inline')],
  ['noto-sans', 'greek', notoSansRanges.greek, () => import('@fontsource/noto-sans/files/noto-sans-greek-400-normal.woff?inline'), () => import('@fontsource/noto-sans/files/noto-sans-greek-700-normal.woff?inline')],
  ['noto-sans', 'greek-ext', notoSansRanges['greek-ext'], () => import('@fontsource/noto-sans/files/noto-sans-greek-ext-400-normal.woff?inline'), () => import('@fontsource/noto-sans/files/noto-sans-greek-ext-700-normal.woff?inline')],
  ['noto-sans', 'cyrillic', notoSansRanges.cyrillic, () => import('@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff?inline'), () => import('@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff?inline')],
  ['noto-sans', 'cyrillic-ext', notoSansRanges['cyrillic-ext'], () => import('@fontsource/noto-sans/files/noto-sans-cyrillic-ext-400-normal.woff?inline'), () => import('@fontsource/noto-sans/files/noto-sans-cyrillic-ext-700-normal.woff?inline')],
  ['noto-sans-arabic', 'arabic', arabicRanges.arabic, () => import('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff?inline'), () => import('@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-700-normal.woff?inline')],
];

/** In the order text should try them: Latin first, so spaces and punctuation come from it. */
export const NOTO_SANS_FACES: readonly FaceSource[] = SLICES.flatMap(([family, slice, ranges, regular, bold]) => {
  const parsed = parseUnicodeRanges(ranges);
  return [
    { id: `${family}-${slice}-400`, bold: false, ranges: parsed, load: fromDataUrl(regular) },
    { id: `${family}-${slice}-700`, bold: true, ranges: parsed, load: fromDataUrl(bold) },
  ];
});
