/**
 * Priority areas: the 2–3 domains the team chooses to lead the development
 * plan. Choosing none is allowed (to clear them); one, or more than three, is not.
 */
import type { Toolkit } from './toolkit-schema';

export const MIN_PRIORITIES = 2;
export const MAX_PRIORITIES = 3;

export type PriorityCheck = { ok: true; domainIds: string[] } | { ok: false; message: string };

/** Checks a choice of priority domains and returns it in the toolkit's order. */
export function checkPriorityDomains(toolkit: Toolkit, domainIds: readonly string[]): PriorityCheck {
  const known = new Set(toolkit.domains.map((domain) => domain.id));
  const unknown = domainIds.filter((id) => !known.has(id));
  if (unknown.length > 0) return { ok: false, message: `This toolkit has no section called ${unknown.map((id) => `“${id}”`).join(', ')}` };
  const chosen = new Set(domainIds);
  // A toolkit with fewer domains than the minimum can still have them all as priorities.
  const fewest = Math.min(MIN_PRIORITIES, toolkit.domains.length);
  if (chosen.size > MAX_PRIORITIES) return { ok: false, message: `Choose no more than ${MAX_PRIORITIES} priority areas` };
  if (chosen.size > 0 && chosen.size < fewest) return { ok: false, message: `Choose at least ${fewest} priority areas, or none` };
  return { ok: true, domainIds: toolkit.domains.filter((domain) => chosen.has(domain.id)).map((domain) => domain.id) };
}
