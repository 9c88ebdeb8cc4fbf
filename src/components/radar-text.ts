/** The radar's label text: how it is measured and wrapped. Plain arithmetic, tested in node. */

/** Text in the labels' font at their size, in pixels. */
export interface TextMeasure {
  /** Width of a line: `isBold` for the domain name, plain for the score. */
  width: (text: string, isBold: boolean) => number;
  /** How far the font reaches above and below the baseline. */
  ascent: number;
  descent: number;
}

/** A rough measure for where the real one is missing (node, no canvas): generous, to be safe. */
export function estimateText(size: number): TextMeasure {
  return { width: (text, isBold) => text.length * size * (isBold ? 0.64 : 0.58), ascent: size * 1.1, descent: size * 0.3 };
}

/** The white outline drawn around each label's letters reaches this far beyond them. */
export const HALO_WIDTH = 2;

/** Line spacing of a label, as a multiple of its font size. */
export const LINE_HEIGHT = 1.2;

/** Greedy word wrap to a width; a single word wider than that keeps its own line rather than being cut. */
export function wrapToWidth(text: string, maxWidth: number, measure: TextMeasure['width']): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && measure(`${last} ${word}`, true) <= maxWidth) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
