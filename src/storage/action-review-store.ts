/**
 * An action's dated reviews: each a row of its own, so a later review never
 * changes an earlier one. Every failure becomes a typed StorageError.
 */
import { compareActionReviews, currentStatus, type ActionReview } from '../core/action-reviews';
import { isIsoDate } from '../core/format-date';
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

  /**
   * Starts the review of one action on a day, or gives back the one already
   * started that day (a review is picked up where it was left). It begins at
   * the action's current status; what the reviewer then says is saved field
   * by field through the one save path.
   */
  startReview(auditId: string, actionId: string, reviewedOn: string): Promise<ActionReview> {
    if (!isIsoDate(reviewedOn)) return Promise.reject(new RangeError(`"${reviewedOn}" is not a date.`));
    const time = this.now();
    const { db } = this;
    return guard(() =>
      db.transaction('rw', db.audits, db.actions, db.actionReviews, async () => {
        const action = await db.actions.get(actionId);
        // The action may have been deleted in another tab since the review began.
        if (!action || action.auditId !== auditId) throw new StorageError('not-found');
        const history = await db.actionReviews.where('actionId').equals(actionId).toArray();
        const started = history.find((review) => review.reviewedOn === reviewedOn);
        if (started) return started;
        const review: ActionReview = {
          id: this.newId(),
          auditId,
          actionId,
          reviewedOn,
          status: currentStatus(action, history),
          measureMet: null,
          note: '',
          evidence: '',
          createdAt: time,
          updatedAt: time,
        };
        await touchAudit(db, auditId, time);
        await db.actionReviews.add(review);
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
