/** What the team pages read, each in one transaction: the audit, its toolkit, everyone asked and how far each has got; and one person's own ratings. */
import type { AnswersByIndicator, Audit } from '../core/audit';
import type { Respondent } from '../core/team';
import type { Toolkit } from '../core/toolkit-schema';
import { getAuditInUse } from './audits-in-use';
import type { ReflectDatabase } from './db';
import { guard } from './storage-error';
import { readAuditToolkit } from './toolkit-rows';

export interface TeamPageData {
  audit: Audit;
  toolkit: Toolkit;
  /** Everyone ever added, the removed ones too (they can be put back), in the order they were added. */
  respondents: Respondent[];
  /** Statements each respondent has rated, by respondent id. */
  rated: Readonly<Record<string, number>>;
  /** Statements the lead has rated on their own pages. */
  leadRated: number;
}

export function loadTeamPage(db: ReflectDatabase, auditId: string): Promise<TeamPageData | null> {
  return guard(() =>
    db.transaction('r', [db.audits, db.toolkits, db.answers, db.respondents, db.responses], async () => {
      const audit = await getAuditInUse(db, auditId);
      const toolkit = audit && (await readAuditToolkit(db, audit));
      if (!audit || !toolkit) return null;
      const respondents = (await db.respondents.where('auditId').equals(auditId).toArray()).sort((a, b) => a.createdAt - b.createdAt);
      const rated: Record<string, number> = {};
      for (const row of await db.responses.where('auditId').equals(auditId).toArray()) {
        if (row.rating !== null) rated[row.respondentId] = (rated[row.respondentId] ?? 0) + 1;
      }
      const leadRated = (await db.answers.where('auditId').equals(auditId).toArray()).filter((row) => row.rating !== null).length;
      return { audit, toolkit, respondents, rated, leadRated };
    }),
  );
}

export interface RespondentRatingData {
  audit: Audit;
  toolkit: Toolkit;
  /** Null when this audit has nobody with that id. */
  respondent: Respondent | null;
  /**
   * Their own answers, and nobody else's; null once they have finished, so
   * that the next person at the device cannot see them (until the lead lets
   * them change their ratings).
   */
  answers: AnswersByIndicator | null;
}

/** What one person's rating pages on the lead's device read: `null` when the audit is not found. */
export function loadRespondentRatings(db: ReflectDatabase, auditId: string, respondentId: string): Promise<RespondentRatingData | null> {
  return guard(() =>
    db.transaction('r', [db.audits, db.toolkits, db.respondents, db.responses], async () => {
      const audit = await getAuditInUse(db, auditId);
      const toolkit = audit && (await readAuditToolkit(db, audit));
      if (!audit || !toolkit) return null;
      const respondent = (await db.respondents.get([auditId, respondentId])) ?? null;
      if (!respondent || respondent.finishedAt !== null) return { audit, toolkit, respondent, answers: null };
      const rows = await db.responses.where('[auditId+respondentId]').equals([auditId, respondentId]).toArray();
      const answers: AnswersByIndicator = Object.fromEntries(rows.map((row) => [row.indicatorId, { rating: row.rating, note: row.note }]));
      return { audit, toolkit, respondent, answers };
    }),
  );
}
