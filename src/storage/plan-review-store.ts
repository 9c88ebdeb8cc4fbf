/** Reads and writes of the plan's review dates. Every failure becomes a typed StorageError. */
import { compareReviews, type PlanReview, type ReviewFields } from '../core/plan-reviews';
import { AuditOwnedRows, touchAudit } from './audit-owned-rows';
import type { ReflectDatabase } from './db';
import { guard } from './storage-error';
import { BaseStore, type StoreOptions } from './base-store';

export class PlanReviewStore extends BaseStore {
  private readonly rows: AuditOwnedRows<PlanReview>;

  constructor(db: ReflectDatabase, options: StoreOptions = {}) {
    super(db, options);
    this.rows = new AuditOwnedRows(db, db.planReviews, this.now);
  }

  listReviews(auditId: string): Promise<PlanReview[]> {
    return guard(async () => (await this.db.planReviews.where('auditId').equals(auditId).toArray()).sort(compareReviews));
  }

  addReview(auditId: string, fields: ReviewFields): Promise<PlanReview> {
    const time = this.now();
    const review: PlanReview = { ...fields, id: this.newId(), auditId, createdAt: time, updatedAt: time };
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.planReviews, async () => {
        await touchAudit(this.db, auditId, time);
        await this.db.planReviews.add(review);
        return review;
      }),
    );
  }

  /** Removes a review date and hands it back, so that the caller can offer to undo. */
  deleteReview(reviewId: string): Promise<PlanReview> {
    return this.rows.remove(reviewId);
  }

  restoreReview(review: PlanReview): Promise<void> {
    return this.rows.restore(review);
  }
}
