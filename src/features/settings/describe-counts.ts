const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** "2 self-evaluations, 5 plan actions and 1 toolkit"; parts with nothing in them are left out, except self-evaluations. */
export function describeCounts(counts: { audits: number; actions: number; toolkits: number }): string {
  const parts = [plural(counts.audits, 'self-evaluation', 'self-evaluations')];
  if (counts.actions > 0) parts.push(plural(counts.actions, 'plan action', 'plan actions'));
  if (counts.toolkits > 0) parts.push(plural(counts.toolkits, 'toolkit', 'toolkits'));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!;
}
