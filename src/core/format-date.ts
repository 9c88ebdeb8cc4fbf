/**
 * Dates as people read them, in British English, for every screen, the CSV
 * file names, the printable plan and the PDF. A date is stored as yyyy-mm-dd
 * and shown as "25 November 2026". Target and review dates may instead be a
 * term such as "Spring 2027" (schools plan by term as often as by date), so
 * anything that is not a real calendar date is shown as written.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// Calendar dates carry no time zone; formatting them in UTC keeps the day the same everywhere.
const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
const dateAndTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** Whether a string is a real calendar date as yyyy-mm-dd (2027-02-29 is not). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** `2027-03-31` → `31 March 2027`; anything else (a term, a month) is shown as written. */
export function formatDate(value: string): string {
  const trimmed = value.trim();
  return isIsoDate(trimmed) ? longDate.format(new Date(`${trimmed}T00:00:00Z`)) : trimmed;
}

/** A moment (milliseconds since 1970) in the user's own time zone: `25 Nov 2026, 14:05`. */
export function formatDateTime(time: number): string {
  return dateAndTime.format(new Date(time));
}

/** A day in the user's own time zone, as yyyy-mm-dd: today unless told otherwise. */
export function todayIsoDate(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
