/** Reads and writes of development plan actions. Every failure becomes a typed StorageError. */
import type { Audit, PlanAction } from '../core/audit';
import { compareActions, isActionStatus, type ActionFields } from '../core/plan-actions';
import { isPriorityAction } from '../core/plan-groups';
import { placeNewAction, putPriorityFirst, type OrderChange } from '../core/plan-order';
import type { Toolkit } from '../core/toolkit-schema';
import type { ActionReview } from '../core/action-reviews';
import { touchAudit } from './audit-owned-rows';
import { getAuditInUse } from './audits-in-use';
import type { ReflectDatabase } from './db';
import { readAuditToolkit } from './toolkit-rows';
import { StorageError, guard } from './storage-error';
import { BaseStore } from './base-store';

/** A deleted action and the reviews that went with it, for undo. */
export interface DeletedAction {
  action: PlanAction;
  reviews: ActionReview[];
}

export class ActionStore extends BaseStore {

  /** The audit's actions in plan order. */
  listActions(auditId: string): Promise<PlanAction[]> {
    return guard(async () => (await this.db.actions.where('auditId').equals(auditId).toArray()).sort(compareActions));
  }

  /** Adds an action: one for a priority section after the last priority action, any other at the end of the plan. */
  addAction(auditId: string, fields: ActionFields): Promise<PlanAction> {
    if (!isActionStatus(fields.status)) return Promise.reject(badStatus(fields.status));
    const time = this.now();
    const { db } = this;
    return guard(() =>
      db.transaction('rw', db.audits, db.actions, db.toolkits, async () => {
        const audit = await getAuditInUse(db, auditId);
        if (!audit) throw new StorageError('not-found');
        const isPriority = priorityTest(audit, await readAuditToolkit(db, audit));
        const existing = await db.actions.where('auditId').equals(auditId).toArray();
        const placed = placeNewAction(existing, isPriority, isPriority(fields));
        const action: PlanAction = { ...fields, id: this.newId(), auditId, order: placed.order, createdAt: time, updatedAt: time };
        await writeOrder(db, placed.changes, time);
        await db.actions.add(action);
        await db.audits.update(auditId, { updatedAt: time });
        return action;
      }),
    );
  }

  /** Removes an action with its reviews and hands them back, so that the caller can offer to undo. */
  deleteAction(actionId: string): Promise<DeletedAction> {
    const time = this.now();
    const { db } = this;
    return guard(() =>
      db.transaction('rw', db.audits, db.actions, db.actionReviews, async () => {
        const action = await db.actions.get(actionId);
        if (!action) throw new StorageError('not-found');
        const reviews = await db.actionReviews.where('actionId').equals(actionId).toArray();
        await db.actions.delete(actionId);
        await db.actionReviews.bulkDelete(reviews.map((review) => review.id));
        await touchAudit(db, action.auditId, time);
        return { action, reviews };
      }),
    );
  }

  /** Undo for deleteAction: puts the action back exactly as it was, in its old place, with its history. */
  restoreAction({ action, reviews }: DeletedAction): Promise<void> {
    const { db } = this;
    return guard(() =>
      db.transaction('rw', db.audits, db.actions, db.actionReviews, async () => {
        await touchAudit(db, action.auditId, this.now());
        await db.actions.put(action);
        await db.actionReviews.bulkPut(reviews);
      }),
    );
  }

  /** Applies a reorder all at once, or not at all if any action is not in this audit. */
  reorderActions(auditId: string, changes: readonly OrderChange[]): Promise<void> {
    if (changes.length === 0) return Promise.resolve();
    const time = this.now();
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.actions, async () => {
        const actions = await this.db.actions.bulkGet(changes.map((change) => change.id));
        if (actions.some((action) => action?.auditId !== auditId)) throw new StorageError('not-found');
        await writeOrder(this.db, changes, time);
        await touchAudit(this.db, auditId, time);
      }),
    );
  }
}

/** Whether an action is for one of the audit's priority sections (by its own domain alone if the toolkit is missing). */
function priorityTest(audit: Pick<Audit, 'priorityDomainIds'>, toolkit: Toolkit | undefined) {
  return (action: Pick<PlanAction, 'domainId' | 'indicatorId'>) =>
    toolkit ? isPriorityAction(toolkit, audit.priorityDomainIds, action) : action.domainId !== null && audit.priorityDomainIds.includes(action.domainId);
}

function writeOrder(db: ReflectDatabase, changes: readonly OrderChange[], time: number): Promise<number> {
  return db.actions.bulkUpdate(changes.map(({ id, order }) => ({ key: id, changes: { order, updatedAt: time } })));
}

/**
 * When the audit's priority sections change, their actions move above the
 * rest (each part keeping its order), so that priorities come first by
 * default. Call inside a transaction that includes `actions`.
 */
export async function liftPriorityActions(db: ReflectDatabase, audit: Pick<Audit, 'id' | 'priorityDomainIds'>, toolkit: Toolkit | undefined, time: number): Promise<void> {
  const actions = await db.actions.where('auditId').equals(audit.id).toArray();
  await writeOrder(db, putPriorityFirst(actions, priorityTest(audit, toolkit)), time);
}

/** Only a hand-edited or foreign record could carry one; the app offers only the four statuses. */
function badStatus(status: unknown): RangeError {
  return new RangeError(`"${String(status)}" is not an action status.`);
}
