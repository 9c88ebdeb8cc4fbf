/**
 * Everything the results page and meeting mode read, in one read transaction
 * so that a live query sees one consistent moment: the audit, its toolkit,
 * answers and reflections, the earlier audits it can be compared with, and
 * the chosen one.
 */
import type { AnswersByIndicator, Audit, Reflection } from '../core/audit';
import { auditRatings, type TeamView } from '../core/team-ratings';
import type { Toolkit } from '../core/toolkit-schema';
import { getAuditInUse, isInUse } from './audits-in-use';
import type { ReflectDatabase } from './db';
import { guard } from './storage-error';
import { readAuditToolkit } from './toolkit-rows';
import { NO_TEAM } from '../core/team-ratings';
import { readTeamRecords, TEAM_TABLES } from './team-records';

/** The value of the compare choice that means "compare with nothing". */
export const NO_COMPARISON = 'none';

export interface LoadedAudit {
  audit: Audit;
  toolkit: Toolkit;
  /** The audit's ratings: its own, or its team's (agreed, or the median until agreed). */
  answers: AnswersByIndicator;
  /** How the team rated, for an audit others rated too; null for one person's. */
  team: TeamView | null;
}

export interface ResultsData extends LoadedAudit {
  reflections: Reflection[];
  /** Earlier audits of the same toolkit, newest first (and the one this audit was started from). */
  earlierAudits: Audit[];
  /** The audit compared with, if any. */
  comparison: LoadedAudit | null;
  /** The compare choice in effect: an audit id, or NO_COMPARISON. */
  compareChoice: string;
  /** Why the chosen comparison cannot be shown, or null. */
  comparisonProblem: string | null;
}

async function loadAudit(db: ReflectDatabase, audit: Audit): Promise<LoadedAudit | null> {
  const toolkit = await readAuditToolkit(db, audit);
  if (!toolkit) return null;
  const rows = await db.answers.where('auditId').equals(audit.id).toArray();
  const own = Object.fromEntries(rows.map((row) => [row.indicatorId, { rating: row.rating, note: row.note }]));
  const team = audit.team ? await readTeamRecords(db, audit.id) : NO_TEAM;
  return { audit, toolkit, ...auditRatings(toolkit, audit, own, team) };
}

function isEarlierThan(audit: Audit) {
  return (candidate: Audit) =>
    isInUse(candidate) &&
    candidate.id !== audit.id &&
    candidate.toolkitId === audit.toolkitId &&
    (candidate.date <= audit.date || candidate.id === audit.basedOnAuditId);
}

/**
 * `compare` is the choice from the address bar: an audit id, NO_COMPARISON, or
 * undefined for the default — the audit this one was started from, if any.
 * Returns null when the audit or its toolkit is missing, or the audit is deleted.
 */
export function loadResults(db: ReflectDatabase, auditId: string, compare: string | undefined): Promise<ResultsData | null> {
  return guard(() =>
    db.transaction('r', [db.audits, db.answers, db.reflections, db.toolkits, ...TEAM_TABLES.map((name) => db.table(name))], async () => {
      const audit = await getAuditInUse(db, auditId);
      if (!audit) return null;
      const loaded = await loadAudit(db, audit);
      if (!loaded) return null;
      const reflections = await db.reflections.where('auditId').equals(auditId).toArray();
      const sameToolkit = await db.audits.where('toolkitId').equals(audit.toolkitId).toArray();
      const earlierAudits = sameToolkit.filter(isEarlierThan(audit)).sort((a, b) => b.date.localeCompare(a.date) || b.createdAt - a.createdAt);

      const wanted = compare ?? (earlierAudits.some((earlier) => earlier.id === audit.basedOnAuditId) ? audit.basedOnAuditId : null);
      const chosen = wanted && wanted !== NO_COMPARISON ? earlierAudits.find((earlier) => earlier.id === wanted) : undefined;
      const comparison = chosen ? await loadAudit(db, chosen) : null;
      let comparisonProblem: string | null = null;
      if (wanted && wanted !== NO_COMPARISON && !chosen) {
        comparisonProblem = 'The self-evaluation chosen for comparison could not be found. It may have been deleted, or be for a different toolkit.';
      } else if (chosen && !comparison) {
        comparisonProblem = 'The toolkit the earlier self-evaluation was made with is missing, so it cannot be compared.';
      }
      return {
        ...loaded,
        reflections,
        earlierAudits,
        comparison,
        compareChoice: comparison ? comparison.audit.id : NO_COMPARISON,
        comparisonProblem,
      };
    }),
  );
}
