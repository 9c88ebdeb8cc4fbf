/**
 * The PDF's creation time (its document information's CreationDate), which
 * Reflect writes itself so that a PDF made a moment before the click that
 * asked for it can be handed over with the click's time instead.
 */
import { rewriteInPlace } from './rewrite-in-place';

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a PDF date in UTC ("D:20261206143005+00'00'"): always the same length, whatever the reader's time zone. */
export function pdfDate(moment: Date): string {
  const day = `${moment.getUTCFullYear()}${pad(moment.getUTCMonth() + 1)}${pad(moment.getUTCDate())}`;
  const time = `${pad(moment.getUTCHours())}${pad(moment.getUTCMinutes())}${pad(moment.getUTCSeconds())}`;
  return `D:${day}${time}+00'00'`;
}

/**
 * A copy of a PDF made at `made` saying it was made at `now`; null when its
 * creation time is not the one Reflect wrote. Both dates are as long, so the
 * time is rewritten in place.
 */
export function restamp(bytes: Uint8Array, made: Date, now: Date): Uint8Array | null {
  const { bytes: copy, count } = rewriteInPlace(bytes, `/CreationDate (${pdfDate(made)})`, `/CreationDate (${pdfDate(now)})`);
  return count > 0 ? copy : null;
}
