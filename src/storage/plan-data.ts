/** Everything a development plan draws on, read in one transaction so the parts agree. */
import type { PlanAction } from '../core/audit';
import type { PlanSources } from '../core/plan-report';
import { auditRatings } from '../core/team-ratings';
import { ownedTables, readOwnedRecords } from './audit-records';
import { getAuditInUse, isInUse } from './audits-in-use';
import type { ReflectDatabase } from './db';
import { StorageError, guard } from './storage-error';
import { readAuditToolkit } from './toolkit-rows';

/** The audit in use, its toolkit and every kind of record it owns; not-found when the audit is missing or deleted. */
export function loadPlanSources(db: ReflectDatabase, auditId: string): Promise<PlanSources> {
  return guard(() =>
    db.transaction('r', [db.audits, db.toolkits, ...ownedTables(db)], async () => {
      // The audit and what it owns are asked for together; only its toolkit has to wait for the audit.
      const [audit, owned] = await Promise.all([getAuditInUse(db, auditId), readOwnedRecords(db, [auditId])]);
      if (!audit) throw new StorageError('not-found');
      const toolkit = await readAuditToolkit(db, audit);
      if (!toolkit) throw new StorageError('not-found');
      const own = Object.fromEntries(owned.answers.map((row) => [row.indicatorId, { rating: row.rating, note: row.note }]));
      const { answers, team } = auditRatings(toolkit, audit, own, owned);
      const earlierTitles = await readEarlierTitles(db, owned.actions);
      return {
        audit,
        toolkit,
        answers,
        team,
        reflections: owned.reflections,
        actions: owned.actions,
        actionReviews: owned.actionReviews,
        reviews: owned.planReviews,
        earlierTitles,
      };
    }),
  );
}

/** An audit's actions and their reviews, read together so that a count of the plan's progress sees one moment. */
export function loadPlanProgressSources(db: ReflectDatabase, auditId: string): Promise<Pick<PlanSources, 'actions' | 'actionReviews'>> {
  return guard(() =>
    db.transaction('r', db.actions, db.actionReviews, async () => ({
      actions: await db.actions.where('auditId').equals(auditId).toArray(),
      actionReviews: await db.actionReviews.where('auditId').equals(auditId).toArray(),
    })),
  );
}

/** The titles of the self-evaluations in use that the actions were carried forward from: a deleted one is left out, as its plan cannot be opened. */
async function readEarlierTitles(db: ReflectDatabase, actions: readonly PlanAction[]): Promise<Record<string, string>> {
  const ids = [...new Set(actions.flatMap((action) => (action.carriedFrom ? [action.carriedFrom.auditId] : [])))];
  if (ids.length === 0) return {};
  const earlier = await db.audits.bulkGet(ids);
  return Object.fromEntries(earlier.flatMap((audit) => (audit && isInUse(audit) ? [[audit.id, audit.title]] : [])));
}
