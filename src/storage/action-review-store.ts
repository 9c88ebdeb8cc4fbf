/**
 * An action's dated reviews. Recording one adds a row and never changes an
 * earlier one; the action takes the review's status in the same transaction,
 * so that the plan, its exports and the next review show where it stands.
 * Every failure becomes a typed StorageError.
 */
import { compareActionReviews, isMeasureMet, type ActionReview, type ActionReviewFields } from '../core/action-reviews';
import { isIsoDate } from '../core/format-date';
import { isActionStatus } from '../core/plan-actions';
import { AuditOwnedRows, touchAudit } from './audit-owned-rows';
import type { ReflectDatabase } from './db';
import { StorageError, guard } from './storage-error';
import { BaseStore, type StoreOptions } from './base-store';

export class ActionReviewStore extends BaseStore {
  private readonly rows: AuditOwnedRows<ActionReview>;

  constructor(db: ReflectDatabase, options: StoreOptions = {}) {
    super(db, options);
    this.rows = new AuditOwnedRows(db, db.actionReviews, this.now);
  }

  /** Every review of the audit's actions, oldest first. */
  listActionReviews(auditId: string): Promise<ActionReview[]> {
    return guard(async () => (await this.db.actionReviews.where('auditId').equals(auditId).toArray()).sort(compareActionReviews));
  }

  /** Records one review of one action, and gives the action the review's status. */
  recordReview(auditId: string, actionId: string, fields: ActionReviewFields): Promise<ActionReview> {
    const refused = refuseFields(fields);
    if (refused) return Promise.reject(refused);
    const time = this.now();
    const { db } = this;
    const review: ActionReview = {
      id: this.newId(),
      auditId,
      actionId,
      reviewedOn: fields.reviewedOn,
      status: fields.status,
      measureMet: fields.measureMet,
      note: fields.note,
      evidence: fields.evidence,
      createdAt: time,
      updatedAt: time,
    };
    return guard(() =>
      db.transaction('rw', db.audits, db.actions, db.actionReviews, async () => {
        const action = await db.actions.get(actionId);
        // The action may have been deleted in another tab since the review began.
        if (!action || action.auditId !== auditId) throw new StorageError('not-found');
        await touchAudit(db, auditId, time);
        await db.actionReviews.add(review);
        await db.actions.update(actionId, { status: fields.status, updatedAt: time });
        return review;
      }),
    );
  }

  /** Takes back a review recorded by mistake, handing it back so that the caller can offer to undo. */
  deleteActionReview(reviewId: string): Promise<ActionReview> {
    return this.rows.remove(reviewId);
  }

  restoreActionReview(review: ActionReview): Promise<void> {
    return this.rows.restore(review);
  }
}

/** Only a hand-made call could pass these; the screens offer only valid choices and dates. */
function refuseFields(fields: ActionReviewFields): RangeError | null {
  if (!isActionStatus(fields.status)) return new RangeError(`"${String(fields.status)}" is not an action status.`);
  if (!isMeasureMet(fields.measureMet)) return new RangeError(`"${String(fields.measureMet)}" is not a way a success measure can be met.`);
  if (!isIsoDate(fields.reviewedOn)) return new RangeError(`"${fields.reviewedOn}" is not a date.`);
  return null;
}
