/** Renaming, completing, deleting (with undo) and copying forward whole audits. */
import type { Answer, Audit, AuditStatus, PlanAction, Reflection } from '../core/audit';
import type { PlanReview } from '../core/plan-reviews';
import { copyForward, type CopyForwardResult, type NextReviewDetails } from '../core/copy-forward';
import type { Toolkit } from '../core/toolkit-schema';
import type { NewAudit } from './audit-store';
import { AUDIT_OWNED_TABLES, ReflectDatabase } from './db';
import { StorageError, guard } from './storage-error';
import { keepToolkit } from './toolkit-rows';

/** Everything a deleted audit owned, kept by the caller so that "undo" can put it back exactly. */
export interface DeletedAudit {
  audit: Audit;
  answers: Answer[];
  reflections: Reflection[];
  actions: PlanAction[];
  planReviews: PlanReview[];
}

export class AuditLifecycleStore {
  readonly db: ReflectDatabase;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(db: ReflectDatabase, options: { now?: () => number; newId?: () => string } = {}) {
    this.db = db;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  /** Renames an audit and corrects its details. */
  updateDetails(auditId: string, details: NewAudit): Promise<Audit> {
    return this.change(auditId, {
      school: details.school.trim(),
      title: details.title.trim(),
      date: details.date,
      participants: details.participants.trim(),
    });
  }

  /** A complete audit stays editable; the status records that the team considers it finished. */
  setStatus(auditId: string, status: AuditStatus): Promise<Audit> {
    return this.change(auditId, { status });
  }

  /** Deletes an audit and all it owns in one transaction, and returns what was deleted for "undo". */
  deleteAudit(auditId: string): Promise<DeletedAudit> {
    const { db } = this;
    return guard(() =>
      db.transaction('rw', [db.audits, ...AUDIT_OWNED_TABLES.map((name) => db[name])], async () => {
        const audit = await db.audits.get(auditId);
        if (!audit) throw new StorageError('not-found');
        const owned = (name: (typeof AUDIT_OWNED_TABLES)[number]) => db[name].where('auditId').equals(auditId);
        const deleted: DeletedAudit = {
          audit,
          answers: await db.answers.where('auditId').equals(auditId).toArray(),
          reflections: await db.reflections.where('auditId').equals(auditId).toArray(),
          actions: await db.actions.where('auditId').equals(auditId).toArray(),
          planReviews: await db.planReviews.where('auditId').equals(auditId).toArray(),
        };
        for (const name of AUDIT_OWNED_TABLES) await owned(name).delete();
        await db.audits.delete(auditId);
        return deleted;
      }),
    );
  }

  /** Puts a deleted audit back exactly as it was. Restoring twice changes nothing. */
  restoreAudit(deleted: DeletedAudit): Promise<void> {
    const { db } = this;
    return guard(() =>
      db.transaction('rw', [db.audits, ...AUDIT_OWNED_TABLES.map((name) => db[name])], async () => {
        await db.audits.put(deleted.audit);
        await db.answers.bulkPut(deleted.answers);
        await db.reflections.bulkPut(deleted.reflections);
        await db.actions.bulkPut(deleted.actions);
        await db.planReviews.bulkPut(deleted.planReviews);
      }),
    );
  }

  /**
   * Starts the next review from an earlier audit: its answers and reflections
   * become the new audit's starting point, and the new audit links back.
   * `toolkit` is the version to use now (the newest the app ships, or the one
   * the earlier audit was made with).
   */
  startNextReview(sourceId: string, toolkit: Toolkit, details: NextReviewDetails): Promise<CopyForwardResult> {
    const { db } = this;
    const time = this.now();
    const id = this.newId();
    return guard(() =>
      db.transaction('rw', [db.audits, db.answers, db.reflections, db.toolkits], async () => {
        const source = await db.audits.get(sourceId);
        if (!source) throw new StorageError('not-found');
        const answerRows = await db.answers.where('auditId').equals(sourceId).toArray();
        const result = copyForward({
          source,
          answers: Object.fromEntries(answerRows.map((row) => [row.indicatorId, row])),
          reflections: await db.reflections.where('auditId').equals(sourceId).toArray(),
          toolkit,
          details,
          id,
          time,
        });
        await keepToolkit(db, toolkit, time);
        await db.audits.add(result.audit);
        await db.answers.bulkAdd(result.answers);
        await db.reflections.bulkAdd(result.reflections);
        return result;
      }),
    );
  }

  private change(auditId: string, changes: Partial<Audit>): Promise<Audit> {
    const { db } = this;
    const time = this.now();
    return guard(() =>
      db.transaction('rw', db.audits, async () => {
        const audit = await db.audits.get(auditId);
        if (!audit) throw new StorageError('not-found');
        const updated: Audit = { ...audit, ...changes, updatedAt: time };
        await db.audits.put(updated);
        return updated;
      }),
    );
  }
}
