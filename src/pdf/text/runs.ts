/**
 * Splits text into runs that one font can draw. No single font covers Latin,
 * Greek, Cyrillic, Arabic and Chinese, so each run takes the first font that
 * has its characters; spaces and punctuation between two runs of the same
 * font stay with it (so an Arabic name stays one right-to-left run).
 */
export interface RunFace {
  id: string;
  covers: (codePoint: number) => boolean;
}

export interface TextRun {
  face: string;
  text: string;
  rtl: boolean;
}

export const REPLACEMENT_CHARACTER = '\uFFFD';

/** NFC (so é typed as e + accent finds its glyph), tabs as spaces, and no invisible control or format characters. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[^\S\n ]/g, ' ')
    .replace(/(?!\n)[\p{Cc}\p{Cf}]/gu, '');
}

const RTL = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const NEUTRAL = /[\s\p{P}\p{S}\p{N}]/u;

export function isRightToLeft(char: string): boolean {
  return RTL.test(char);
}

/** A paragraph reads right to left when its first letter does (the Unicode bidi rule, simplified). */
export function isRightToLeftParagraph(text: string): boolean {
  for (const char of text) {
    if (!NEUTRAL.test(char)) return isRightToLeft(char);
  }
  return false;
}

/**
 * Characters no face covers become U+FFFD and are passed to onMissing, so
 * the document can list them rather than silently drop them.
 */
export function splitRuns(text: string, faces: readonly RunFace[], onMissing: (char: string) => void = () => undefined): TextRun[] {
  const chars = [...text];
  const firstCovering = (char: string) => faces.find((face) => face.covers(char.codePointAt(0)!));
  const resolved = chars.map((char) => {
    const face = firstCovering(char);
    if (face) return { char, face, neutral: NEUTRAL.test(char) };
    onMissing(char);
    return { char: REPLACEMENT_CHARACTER, face: firstCovering(REPLACEMENT_CHARACTER) ?? faces[0]!, neutral: true };
  });
  // A neutral between two letters of the same font joins them, if that font has it.
  const after: (RunFace | undefined)[] = [];
  for (let index = resolved.length - 1, next: RunFace | undefined; index >= 0; index--) {
    after[index] = next;
    if (!resolved[index]!.neutral) next = resolved[index]!.face;
  }
  let before: RunFace | undefined;
  resolved.forEach((item, index) => {
    if (!item.neutral) before = item.face;
    else if (before && before === after[index] && before.covers(item.char.codePointAt(0)!)) item.face = before;
  });
  const runs: TextRun[] = [];
  for (const { char, face } of resolved) {
    const last = runs.at(-1);
    if (last && last.face === face.id) last.text += char;
    else runs.push({ face: face.id, text: char, rtl: false });
  }
  for (const run of runs) run.rtl = [...run.text].some(isRightToLeft);
  return runs;
}
