/**
 * The PDF's creation time (its document information's CreationDate), which
 * Reflect writes itself so that a PDF made a moment before the click that
 * asked for it can be handed over with the click's time instead.
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a PDF date in UTC ("D:20261206143005+00'00'"): always the same length, whatever the reader's time zone. */
export function pdfDate(moment: Date): string {
  const day = `${moment.getUTCFullYear()}${pad(moment.getUTCMonth() + 1)}${pad(moment.getUTCDate())}`;
  const time = `${pad(moment.getUTCHours())}${pad(moment.getUTCMinutes())}${pad(moment.getUTCSeconds())}`;
  return `D:${day}${time}+00'00'`;
}

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

/** Where `pattern` last occurs in `bytes`, or -1. The document information is written near the end. */
function lastIndexOf(bytes: Uint8Array, pattern: Uint8Array): number {
  outer: for (let at = bytes.length - pattern.length; at >= 0; at--) {
    for (let i = 0; i < pattern.length; i++) if (bytes[at + i] !== pattern[i]) continue outer;
    return at;
  }
  return -1;
}

/**
 * A copy of a PDF made at `made` saying it was made at `now`; null when its
 * creation time is not the one Reflect wrote. Both dates are as long, so no
 * offset in the file's cross-reference table moves.
 */
export function restamp(bytes: Uint8Array, made: Date, now: Date): Uint8Array | null {
  const at = lastIndexOf(bytes, ascii(`/CreationDate (${pdfDate(made)})`));
  if (at < 0) return null;
  const copy = bytes.slice();
  copy.set(ascii(`/CreationDate (${pdfDate(now)})`), at);
  return copy;
}
