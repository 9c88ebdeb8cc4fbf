/** Reads and writes of development plan actions. Every failure becomes a typed StorageError. */
import type { PlanAction } from '../core/audit';
import { compareActions, isActionStatus, nextActionOrder, type ActionFields } from '../core/plan-actions';
import type { OrderChange } from '../core/plan-order';
import { AuditOwnedRows, touchAudit } from './audit-owned-rows';
import type { ReflectDatabase } from './db';
import { StorageError, guard } from './storage-error';
import { BaseStore, type StoreOptions } from './base-store';

export class ActionStore extends BaseStore {
  private readonly rows: AuditOwnedRows<PlanAction>;

  constructor(db: ReflectDatabase, options: StoreOptions = {}) {
    super(db, options);
    this.rows = new AuditOwnedRows(db, db.actions, this.now);
  }

  /** The audit's actions in plan order. */
  listActions(auditId: string): Promise<PlanAction[]> {
    return guard(async () => (await this.db.actions.where('auditId').equals(auditId).toArray()).sort(compareActions));
  }

  /** Adds an action at the end of the plan. */
  addAction(auditId: string, fields: ActionFields): Promise<PlanAction> {
    if (!isActionStatus(fields.status)) return Promise.reject(badStatus(fields.status));
    const time = this.now();
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.actions, async () => {
        await touchAudit(this.db, auditId, time);
        const existing = await this.db.actions.where('auditId').equals(auditId).toArray();
        const action: PlanAction = { ...fields, id: this.newId(), auditId, order: nextActionOrder(existing), createdAt: time, updatedAt: time };
        await this.db.actions.add(action);
        return action;
      }),
    );
  }

  /** Removes an action and hands it back, so that the caller can offer to undo. */
  deleteAction(actionId: string): Promise<PlanAction> {
    return this.rows.remove(actionId);
  }

  /** Undo for deleteAction: puts the action back exactly as it was, in its old place. */
  restoreAction(action: PlanAction): Promise<void> {
    return this.rows.restore(action);
  }

  /** Applies a reorder all at once, or not at all if any action is not in this audit. */
  reorderActions(auditId: string, changes: readonly OrderChange[]): Promise<void> {
    if (changes.length === 0) return Promise.resolve();
    const time = this.now();
    return guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.actions, async () => {
        const actions = await this.db.actions.bulkGet(changes.map((change) => change.id));
        if (actions.some((action) => action?.auditId !== auditId)) throw new StorageError('not-found');
        await this.db.actions.bulkUpdate(changes.map(({ id, order }) => ({ key: id, changes: { order, updatedAt: time } })));
        await touchAudit(this.db, auditId, time);
      }),
    );
  }
}

/** Only a hand-edited or foreign record could carry one; the app offers only the four statuses. */
function badStatus(status: unknown): RangeError {
  return new RangeError(`"${String(status)}" is not an action status.`);
}
