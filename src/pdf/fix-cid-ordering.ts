/**
 * jsPDF 4 writes `/Ordering (Identity-H)` in each embedded font's
 * CIDSystemInfo, naming the encoding where the character collection belongs
 * (it should be `Identity`); PDF readers such as poppler then warn "Unknown
 * character collection". It is rewritten in place, padded with spaces to the same length.
 */
import { rewriteInPlace } from './rewrite-in-place';

const WRONG = '/Ordering (Identity-H)';
const RIGHT = '/Ordering (Identity)  ';

export function fixCidOrdering(pdf: Uint8Array): Uint8Array {
  return rewriteInPlace(pdf, WRONG, RIGHT).bytes;
}
