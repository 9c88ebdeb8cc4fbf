/** Reading a team's records for one audit; callers run it inside a transaction that includes TEAM_TABLES. */
import type { TeamRecords } from '../core/team-ratings';
import type { ReflectDatabase } from './db';

export const TEAM_TABLES = ['respondents', 'responses', 'agreedRatings'] as const;

export async function readTeamRecords(db: ReflectDatabase, auditId: string): Promise<TeamRecords> {
  const [respondents, responses, agreedRatings] = await Promise.all([
    db.respondents.where('auditId').equals(auditId).toArray(),
    db.responses.where('auditId').equals(auditId).toArray(),
    db.agreedRatings.where('auditId').equals(auditId).toArray(),
  ]);
  return { respondents: respondents.sort((a, b) => a.createdAt - b.createdAt), responses, agreedRatings };
}
