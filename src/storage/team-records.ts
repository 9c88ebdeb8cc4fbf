/** Reading a team's records for one audit; callers run it inside a transaction that includes TEAM_TABLES. */
import Dexie from 'dexie';
import type { TeamRecords } from '../core/team-ratings';
import type { ReflectDatabase } from './db';

export const TEAM_TABLES = ['respondents', 'responses', 'agreedRatings'] as const;

/**
 * A Dexie promise, not an async function's: awaited inside a transaction, Dexie
 * follows it and keeps the transaction. A native promise here (an async
 * function, Promise.all) adds native ticks that Dexie cannot follow, and in
 * Chromium the caller's next read then ran outside the transaction, which
 * committed early (PrematureCommitError on a team audit's results page).
 */
export function readTeamRecords(db: ReflectDatabase, auditId: string): Promise<TeamRecords> {
  return Dexie.Promise.all([
    db.respondents.where('auditId').equals(auditId).toArray(),
    db.responses.where('auditId').equals(auditId).toArray(),
    db.agreedRatings.where('auditId').equals(auditId).toArray(),
  ]).then(([respondents, responses, agreedRatings]) => ({ respondents: respondents.sort((a, b) => a.createdAt - b.createdAt), responses, agreedRatings }));
}
