/** Renaming, completing, deleting (to "Recently deleted"), restoring, purging and copying forward whole audits. */
import type { Audit, AuditStatus } from '../core/audit';
import type { PlanAction } from '../core/audit';
import { carryForwardActions } from '../core/carry-forward';
import { copyForward, type CopyForwardResult, type NextReviewDetails } from '../core/copy-forward';
import { purgeDeletedBefore } from '../core/deleted-audits';
import type { Toolkit } from '../core/toolkit-schema';
import { deleteOwnedRecords, ownedTables, readOwnedRecords, addOwnedRecords } from './audit-records';
import { getAuditInUse } from './audits-in-use';
import type { NewAudit } from './audit-store';
import { ReflectDatabase } from './db';
import { COPIED_KINDS } from './record-kinds';
import { StorageError, guard } from './storage-error';
import { keepToolkit } from './toolkit-rows';
import { BaseStore, type StoreOptions } from './base-store';

/** The next review as started: what was copied, and the unfinished actions carried into its plan. */
export interface NextReviewResult extends CopyForwardResult {
  actions: PlanAction[];
}

export class AuditLifecycleStore extends BaseStore {

  constructor(db: ReflectDatabase, options: StoreOptions = {}) {
    super(db, options);
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

  /**
   * Deletes an audit by leaving a tombstone: it is marked deleted and keeps
   * everything it owns, so that it can be restored exactly until it is purged.
   * Resolves to the deleted audit.
   */
  deleteAudit(auditId: string): Promise<Audit> {
    const { db } = this;
    const time = this.now();
    return guard(() =>
      db.transaction('rw', db.audits, async () => {
        const audit = await getAuditInUse(db, auditId);
        if (!audit) throw new StorageError('not-found');
        const deleted: Audit = { ...audit, deletedAt: time };
        await db.audits.put(deleted);
        return deleted;
      }),
    );
  }

  /** Brings a deleted audit back exactly as it was, with everything it owns. Restoring one in use changes nothing. */
  restoreAudit(auditId: string): Promise<Audit> {
    const { db } = this;
    return guard(() =>
      db.transaction('rw', db.audits, async () => {
        const audit = await db.audits.get(auditId);
        if (!audit) throw new StorageError('not-found');
        const restored: Audit = { ...audit, deletedAt: null };
        await db.audits.put(restored);
        return restored;
      }),
    );
  }

  /** One deleted audit, while it can still be restored; undefined if it is in use, purged or never existed. */
  getDeletedAudit(auditId: string): Promise<Audit | undefined> {
    const cutoff = purgeDeletedBefore(this.now());
    return guard(async () => {
      const audit = await this.db.audits.get(auditId);
      return audit && audit.deletedAt !== null && audit.deletedAt >= cutoff ? audit : undefined;
    });
  }

  /** Deleted audits that can still be restored, most recently deleted first. */
  listDeletedAudits(): Promise<Audit[]> {
    const cutoff = purgeDeletedBefore(this.now());
    return guard(async () => (await this.db.audits.where('deletedAt').aboveOrEqual(cutoff).toArray()).sort((a, b) => b.deletedAt! - a.deletedAt!));
  }

  /** Removes for good the audits deleted too long ago, with everything they own. Resolves to how many. */
  purgeExpired(): Promise<number> {
    const { db } = this;
    const cutoff = purgeDeletedBefore(this.now());
    return guard(() =>
      db.transaction('rw', [db.audits, ...ownedTables(db)], async () => {
        const expired = (await db.audits.where('deletedAt').below(cutoff).primaryKeys()) as string[];
        await deleteOwnedRecords(db, expired);
        await db.audits.bulkDelete(expired);
        return expired.length;
      }),
    );
  }

  /**
   * Starts the next review from an earlier audit: the kinds of record the
   * registry marks as copied (answers and reflections) become the new audit's
   * starting point, and the new audit links back. `toolkit` is the version to
   * use now (the newest the app ships, or the one the earlier audit was made with).
   * `carryActionIds`: the earlier plan's unfinished actions the person chose
   * to carry into the new plan (see core/carry-forward.ts), read again here
   * so their status is the one stored now. All of it is written in one
   * transaction: the new audit comes with its carried actions or not at all.
   */
  startNextReview(sourceId: string, toolkit: Toolkit, details: NextReviewDetails, carryActionIds: readonly string[] = []): Promise<NextReviewResult> {
    const { db } = this;
    const time = this.now();
    const id = this.newId();
    return guard(() =>
      db.transaction('rw', [db.audits, db.toolkits, db.actions, db.actionReviews, ...ownedTables(db, COPIED_KINDS)], async () => {
        const source = await getAuditInUse(db, sourceId);
        if (!source) throw new StorageError('not-found');
        const copied = await readOwnedRecords(db, [sourceId], COPIED_KINDS);
        const result = copyForward({
          source,
          answers: Object.fromEntries(copied.answers.map((row) => [row.indicatorId, row])),
          reflections: copied.reflections,
          toolkit,
          details,
          id,
          time,
        });
        const plan = carryActionIds.length === 0 ? { actions: [], actionReviews: [] } : await readOwnedRecords(db, [sourceId], ['actions', 'actionReviews']);
        const actions = carryForwardActions({
          sourceAuditId: sourceId,
          actions: plan.actions,
          reviews: plan.actionReviews,
          chosenIds: carryActionIds,
          auditId: id,
          toolkit,
          priorityDomainIds: result.audit.priorityDomainIds,
          time,
          newId: this.newId,
        });
        await keepToolkit(db, toolkit, time, { kind: 'audit' });
        await db.audits.add(result.audit);
        await addOwnedRecords(db, { ...Object.fromEntries(COPIED_KINDS.map((kind) => [kind, result[kind]])), actions });
        return { ...result, actions };
      }),
    );
  }

  private change(auditId: string, changes: Partial<Audit>): Promise<Audit> {
    const { db } = this;
    const time = this.now();
    return guard(() =>
      db.transaction('rw', db.audits, async () => {
        const audit = await getAuditInUse(db, auditId);
        if (!audit) throw new StorageError('not-found');
        const updated: Audit = { ...audit, ...changes, updatedAt: time };
        await db.audits.put(updated);
        return updated;
      }),
    );
  }
}
