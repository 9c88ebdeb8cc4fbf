/** Reads and writes of the plan's review dates. Every failure becomes a typed StorageError. */
import { compareReviews, type PlanReview, type ReviewFields } from '../core/plan-reviews';
import type { StoreOptions } from './action-store';
import type { ReflectDatabase } from './db';
import { StorageError, guard } from './storage-error';

export class PlanReviewStore {
  readonly db: ReflectDatabase;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(db: ReflectDatabase, options: StoreOptions = {}) {
    this.db = db;
    this.now = options.now ?? Date.now;
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  listReviews(auditId: string): Promise<PlanReview[]> {
    return guard(async () => (await this.db.planReviews.where('auditId').equals(auditId).toArray()).sort(compareReviews));
  }

  addReview(auditId: string, fields: ReviewFields): Promise<PlanReview> {
    const time = this.now();
    const review: PlanReview = { ...fields, id: this.newId(), auditId, createdAt: time, updatedAt: time };
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.planReviews, async () => {
        await this.touchAudit(auditId, time);
        await this.db.planReviews.add(review);
        return review;
      }),
    );
  }

  updateReview(reviewId: string, changes: Partial<ReviewFields>): Promise<void> {
    const time = this.now();
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.planReviews, async () => {
        const review = await this.db.planReviews.get(reviewId);
        if (!review) throw new StorageError('not-found');
        await this.db.planReviews.update(reviewId, { ...changes, updatedAt: time });
        await this.touchAudit(review.auditId, time);
      }),
    );
  }

  /** Removes a review date and hands it back, so that the caller can offer to undo. */
  deleteReview(reviewId: string): Promise<PlanReview> {
    const time = this.now();
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.planReviews, async () => {
        const review = await this.db.planReviews.get(reviewId);
        if (!review) throw new StorageError('not-found');
        await this.db.planReviews.delete(reviewId);
        await this.touchAudit(review.auditId, time);
        return review;
      }),
    );
  }

  restoreReview(review: PlanReview): Promise<void> {
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.planReviews, async () => {
        await this.touchAudit(review.auditId, this.now());
        await this.db.planReviews.put(review);
      }),
    );
  }

  private async touchAudit(auditId: string, time: number): Promise<void> {
    const updated = await this.db.audits.update(auditId, { updatedAt: time });
    if (updated === 0) throw new StorageError('not-found');
  }
}
