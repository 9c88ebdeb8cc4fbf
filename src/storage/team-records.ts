/** Reading a team's records for one audit; callers run it inside a transaction that includes TEAM_TABLES. */
import type { TeamRecords } from '../core/team-ratings';
import Dexie from 'dexie';
import type { ReflectDatabase } from './db';

export const TEAM_TABLES = ['respondents', 'responses', 'agreedRatings'] as const;

/**
 * Dexie's own promise, not an async function: as an async function (reads in
 * parallel or one after another), awaited inside loadResults' transaction,
 * it made a real browser lose the transaction (PrematureCommitError) once it
 * returned, where fake-indexeddb did not. Dexie's promise keeps it.
 */
export function readTeamRecords(db: ReflectDatabase, auditId: string): Promise<TeamRecords> {
  return Dexie.Promise.all([
    db.respondents.where('auditId').equals(auditId).toArray(),
    db.responses.where('auditId').equals(auditId).toArray(),
    db.agreedRatings.where('auditId').equals(auditId).toArray(),
  ]).then(([respondents, responses, agreedRatings]) => ({ respondents: respondents.sort((a, b) => a.createdAt - b.createdAt), responses, agreedRatings }));
}
