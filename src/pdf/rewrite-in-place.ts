/**
 * Rewrites text in a finished PDF without moving a byte: the replacement is
 * as long as what it replaces, so every offset in the file's
 * cross-reference table stays valid.
 */
import { fromBinaryString } from './binary-string';

/** A copy of the PDF with every `from` replaced by `to`, and how many there were. */
export function rewriteInPlace(pdf: Uint8Array, from: string, to: string): { bytes: Uint8Array; count: number } {
  if (from.length !== to.length) throw new Error(`"${to}" is not as long as "${from}"`);
  const wrong = fromBinaryString(from);
  const right = fromBinaryString(to);
  const bytes = pdf.slice();
  let count = 0;
  for (let at = bytes.indexOf(wrong[0]!); at !== -1; at = bytes.indexOf(wrong[0]!, at + 1)) {
    if (wrong.every((byte, offset) => bytes[at + offset] === byte)) {
      bytes.set(right, at);
      count += 1;
    }
  }
  return { bytes, count };
}
