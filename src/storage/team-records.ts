/** Reading a team's records for one audit; callers run it inside a transaction that includes TEAM_TABLES. */
import type { TeamRecords } from '../core/team-ratings';
import type { ReflectDatabase } from './db';

export const TEAM_TABLES = ['respondents', 'responses', 'agreedRatings'] as const;

/**
 * A chain of Dexie promises rather than an async function: awaiting a native
 * promise one call deeper than the transaction's own loses Dexie's zone in
 * Chromium, and the transaction commits before the caller's next query.
 */
export function readTeamRecords(db: ReflectDatabase, auditId: string): Promise<TeamRecords> {
  return db.respondents
    .where('auditId')
    .equals(auditId)
    .toArray()
    .then((respondents) =>
      db.responses
        .where('auditId')
        .equals(auditId)
        .toArray()
        .then((responses) =>
          db.agreedRatings
            .where('auditId')
            .equals(auditId)
            .toArray()
            .then((agreedRatings) => ({ respondents: respondents.sort((a, b) => a.createdAt - b.createdAt), responses, agreedRatings })),
        ),
    );
}
