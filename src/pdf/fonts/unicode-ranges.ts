/** CSS unicode-range lists ("U+0000-00FF,U+0131"), as @fontsource publishes for each slice of a font. */
export type CodePointRanges = readonly (readonly [number, number])[];

export function parseUnicodeRanges(list: string): CodePointRanges {
  return list
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [start, end = start] = part.split('-');
      return [parseInt(start!, 16), parseInt(end!, 16)] as const;
    });
}

export function inRanges(ranges: CodePointRanges, codePoint: number): boolean {
  return ranges.some(([start, end]) => codePoint >= start && codePoint <= end);
}
