/** Everything a development plan draws on, read in one transaction so the parts agree. */
import type { PlanSources } from '../core/plan-report';
import type { ReflectDatabase } from './db';
import { StorageError, guard } from './storage-error';
import { readAuditToolkit } from './toolkit-rows';

export function loadPlanSources(db: ReflectDatabase, auditId: string): Promise<PlanSources> {
  return guard(() =>
    db.transaction('r', [db.audits, db.toolkits, db.answers, db.reflections, db.actions, db.planReviews], async () => {
      const audit = await db.audits.get(auditId);
      if (!audit) throw new StorageError('not-found');
      const toolkit = await readAuditToolkit(db, audit);
      if (!toolkit) throw new StorageError('not-found');
      const answerRows = await db.answers.where('auditId').equals(auditId).toArray();
      return {
        audit,
        toolkit,
        answers: Object.fromEntries(answerRows.map((row) => [row.indicatorId, { rating: row.rating, note: row.note }])),
        reflections: await db.reflections.where('auditId').equals(auditId).toArray(),
        actions: await db.actions.where('auditId').equals(auditId).toArray(),
        reviews: await db.planReviews.where('auditId').equals(auditId).toArray(),
      };
    }),
  );
}
