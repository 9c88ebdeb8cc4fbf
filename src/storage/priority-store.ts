import { checkPriorityDomains } from '../core/priority-domains';
import type { ReflectDatabase } from './db';
import { StorageError, guard } from './storage-error';
import { getStore } from './store';
import { readAuditToolkit } from './toolkit-rows';

/** A choice of priority areas that does not fit the audit's toolkit; nothing was saved. */
export class PriorityChoiceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PriorityChoiceError';
  }
}

/** Sets which domains are an audit's priority areas. */
export class PriorityStore {
  private readonly db: ReflectDatabase;
  private readonly now: () => number;

  constructor(db: ReflectDatabase, options: { now?: () => number } = {}) {
    this.db = db;
    this.now = options.now ?? Date.now;
  }

  /** Checks the choice against the toolkit the audit was made with, then saves it in the toolkit's order. */
  async setPriorityDomains(auditId: string, domainIds: readonly string[]): Promise<string[]> {
    const checked = await guard(() =>
      this.db.transaction('rw', this.db.audits, this.db.toolkits, async () => {
        const audit = await this.db.audits.get(auditId);
        if (!audit) throw new StorageError('not-found');
        const toolkit = await readAuditToolkit(this.db, audit);
        if (!toolkit) throw new StorageError('not-found');
        const result = checkPriorityDomains(toolkit, domainIds);
        if (result.ok) await this.db.audits.update(auditId, { priorityDomainIds: result.domainIds, updatedAt: this.now() });
        return result;
      }),
    );
    if (!checked.ok) throw new PriorityChoiceError(checked.message);
    return checked.domainIds;
  }
}

let priorityStore: PriorityStore | undefined;

/** The app's priority store, on the app's one database. */
export function getPriorityStore(): PriorityStore {
  priorityStore ??= new PriorityStore(getStore().db);
  return priorityStore;
}
