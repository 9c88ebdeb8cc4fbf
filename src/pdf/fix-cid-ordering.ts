/**
 * jsPDF 4 writes `/Ordering (Identity-H)` in each embedded font's
 * CIDSystemInfo, naming the encoding where the character collection belongs
 * (it should be `Identity`); PDF readers such as poppler then warn "Unknown
 * character collection". Rewriting it in place, padded with spaces to the
 * same length, keeps every byte offset in the file's cross-reference table valid.
 */
const WRONG = '/Ordering (Identity-H)';
const RIGHT = '/Ordering (Identity)  ';

export function fixCidOrdering(pdf: Uint8Array): Uint8Array {
  const wrong = Uint8Array.from(WRONG, (char) => char.charCodeAt(0));
  const right = Uint8Array.from(RIGHT, (char) => char.charCodeAt(0));
  const fixed = pdf.slice();
  for (let at = fixed.indexOf(wrong[0]!); at !== -1; at = fixed.indexOf(wrong[0]!, at + 1)) {
    if (wrong.every((byte, offset) => fixed[at + offset] === byte)) fixed.set(right, at);
  }
  return fixed;
}
