import type { BackupTable } from '../../core/backup-tables';

const plural = (count: number, [one, many]: readonly [string, string]) => `${count} ${count === 1 ? one : many}`;

/**
 * How each table is named when a backup's contents are summed up; null for
 * records counted elsewhere (answers are the "Rated" column). Every table a
 * backup carries needs an entry, so a new kind of record cannot be left out.
 */
const NAMES: Record<BackupTable, readonly [string, string] | null> = {
  audits: ['self-evaluation', 'self-evaluations'],
  answers: null,
  reflections: null,
  actions: ['plan action', 'plan actions'],
  actionReviews: ['action review', 'action reviews'],
  planReviews: ['progress check', 'progress checks'],
  respondents: ['person asked to rate', 'people asked to rate'],
  // Counted with the people who gave them.
  responses: null,
  agreedRatings: ['agreed rating', 'agreed ratings'],
  voiceAnswers: ['questionnaire answer', 'questionnaire answers'],
  toolkits: ['toolkit', 'toolkits'],
};

/** "2 self-evaluations, 5 plan actions, 2 review dates and 1 toolkit"; parts with nothing in them are left out, except self-evaluations. */
export function describeCounts(counts: Readonly<Record<BackupTable, number>>): string {
  const parts = (Object.keys(NAMES) as BackupTable[]).flatMap((table) => {
    const names = NAMES[table];
    return names && (counts[table] > 0 || table === 'audits') ? [plural(counts[table], names)] : [];
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : parts[0]!;
}
