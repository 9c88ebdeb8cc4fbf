/**
 * Target and review dates are either a calendar date (yyyy-mm-dd) or a term
 * such as "Spring 2027": schools plan by term as often as by date.
 */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const longDate = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/** `2027-03-31` → `31 March 2027`; anything else (a term, a month) is shown as written. */
export function formatPlanDate(value: string): string {
  const trimmed = value.trim();
  return isIsoDate(trimmed) ? longDate.format(new Date(`${trimmed}T00:00:00Z`)) : trimmed;
}
