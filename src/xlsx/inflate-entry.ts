/**
 * Unpacks one zip entry without trusting it: the output may never pass the
 * size the entry declared (which the caller has already bounded), and the
 * inflater is fed a little at a time, so a few bytes that inflate to
 * gigabytes are stopped after the first slice.
 *
 * fflate's streaming Inflate never sees the declared size: it starts with a
 * 32 KiB window and grows its buffer only by what one push really produces,
 * at most about 1,032 times the slice pushed (deflate's largest ratio).
 * fflate's unzip/unzipSync are not used on files from outside: they allocate
 * what each entry declares.
 */
import { Inflate } from 'fflate';
import type { ZipEntry } from './zip-entries';

/** Bytes of compressed data pushed at a time: at most about 4 MB of output per push before the check. */
const SLICE = 4096;

export type InflateResult = { ok: true; data: Uint8Array } | { ok: false; problem: 'inflates-past-declared' | 'damaged' };

export function inflateEntry(zip: Uint8Array, entry: ZipEntry): InflateResult {
  const compressed = zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) return { ok: true, data: compressed };
  if (compressed.length === 0) return entry.uncompressedSize === 0 ? { ok: true, data: compressed } : { ok: false, problem: 'damaged' };

  const out = new Uint8Array(entry.uncompressedSize);
  let length = 0;
  let isOverflowing = false;
  let hasEnded = false;
  const inflater = new Inflate((chunk, final) => {
    if (length + chunk.length > out.length) {
      isOverflowing = true;
      return;
    }
    out.set(chunk, length);
    length += chunk.length;
    hasEnded = final;
  });
  try {
    for (let at = 0; at < compressed.length && !isOverflowing; at += SLICE) {
      const to = Math.min(at + SLICE, compressed.length);
      inflater.push(compressed.subarray(at, to), to === compressed.length);
    }
  } catch {
    // fflate throws on data that is not valid deflate, or that ends too soon.
    return { ok: false, problem: isOverflowing ? 'inflates-past-declared' : 'damaged' };
  }
  if (isOverflowing) return { ok: false, problem: 'inflates-past-declared' };
  if (!hasEnded || length !== out.length) return { ok: false, problem: 'damaged' };
  return { ok: true, data: out };
}
