/**
 * Autosave for the whole page: queues edits, writes them to IndexedDB shortly
 * after typing pauses, and keeps a journal of anything not yet committed.
 * One instance per page, so edits keep saving when the form that made them
 * goes away (moving to the next domain, say), and a failed write keeps its
 * edits queued and retries: nothing typed is dropped.
 */
import { editKey, type AuditEdit, type EditTarget } from '../core/audit-edit';
import type { AuditEditStore } from './audit-edit-store';
import type { EditJournal, JournalEntry } from './edit-journal';
import { StorageError, toStorageError } from './storage-error';

export type SaveStatus = { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; error: StorageError };

export interface AutosaverOptions {
  store: Pick<AuditEditStore, 'saveEdits'>;
  journal?: Pick<EditJournal, 'record'>;
  /** How long typing must pause before a write. */
  delayMs: number;
  /** How long to wait before trying a failed write again. */
  retryMs: number;
  /** Called after each write that committed, with its start and end (performance.now()). */
  onCommitted?: (startedAt: number, committedAt: number) => void;
}

export class Autosaver {
  private readonly options: AutosaverOptions;
  private readonly pending = new Map<string, JournalEntry>();
  private readonly inFlight = new Map<string, JournalEntry>();
  private readonly listeners = new Set<() => void>();
  private status: SaveStatus = { state: 'idle' };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Writes run one after another, so a later edit can never be overtaken by an earlier one. */
  private chain: Promise<void> = Promise.resolve();

  constructor(options: AutosaverOptions) {
    this.options = options;
  }

  getStatus = (): SaveStatus => this.status;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Whether this page holds a change to the field that storage does not have yet. */
  isUnsaved(auditId: string, target: EditTarget): boolean {
    const key = entryKey(auditId, target);
    return this.pending.has(key) || this.inFlight.has(key);
  }

  queue(auditId: string, edit: AuditEdit): void {
    const key = entryKey(auditId, edit);
    const earlier = this.pending.get(key) ?? this.inFlight.get(key);
    // A change on top of unsaved ones still replaces what storage holds now.
    const queued = earlier ? ({ ...edit, base: earlier.edit.base } as AuditEdit) : edit;
    this.pending.set(key, { auditId, edit: queued });
    this.recordJournal();
    if (this.status.state !== 'failed') this.setStatus({ state: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  /** Writes everything queued now. Resolves once written or failed (never rejects: failures show in the status). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    // A failure outside the write itself must not stop later writes: the chain always continues.
    const run = this.chain.then(() => this.writePending()).catch((error: unknown) => this.setStatus({ state: 'failed', error: toStorageError(error) }));
    this.chain = run;
    return run;
  }

  private async writePending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending];
    this.pending.clear();
    for (const [key, entry] of batch) this.inFlight.set(key, entry);
    this.setStatus({ state: 'saving' });
    const startedAt = performance.now();
    let failure: StorageError | undefined;
    for (const [auditId, entries] of groupByAudit(batch)) {
      try {
        await this.options.store.saveEdits(auditId, entries.map(([, entry]) => entry.edit));
        for (const [key, entry] of entries) this.settle(key, entry);
      } catch (error) {
        failure = toStorageError(error);
        for (const [key, entry] of entries) this.keepForRetry(key, entry, failure);
      }
    }
    this.recordJournal();
    if (failure) {
      this.setStatus({ state: 'failed', error: failure });
      if (this.pending.size > 0) this.scheduleRetry();
      return;
    }
    try {
      this.options.onCommitted?.(startedAt, performance.now());
    } catch {
      // Measuring is optional; saving is not.
    }
    this.setStatus(this.pending.size > 0 ? { state: 'saving' } : { state: 'saved' });
  }

  private settle(key: string, entry: JournalEntry): void {
    this.inFlight.delete(key);
    const newer = this.pending.get(key);
    // Storage now holds this edit's value: a newer edit of the field replaces that.
    if (newer) this.pending.set(key, { ...newer, edit: { ...newer.edit, base: entry.edit.value } as AuditEdit });
  }

  private keepForRetry(key: string, entry: JournalEntry, failure: StorageError): void {
    this.inFlight.delete(key);
    // A deleted audit has nowhere to save to; the status says so.
    if (failure.kind === 'not-found') return;
    if (!this.pending.has(key)) this.pending.set(key, entry);
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), this.options.retryMs);
  }

  private recordJournal(): void {
    this.options.journal?.record([...this.inFlight.values(), ...this.pending.values()]);
  }

  private setStatus(status: SaveStatus): void {
    if (status.state === this.status.state && status.state !== 'failed') return;
    this.status = status;
    for (const listener of this.listeners) listener();
  }
}

function entryKey(auditId: string, target: EditTarget): string {
  return `${auditId}|${editKey(target)}`;
}

function groupByAudit(batch: readonly (readonly [string, JournalEntry])[]): Map<string, [string, JournalEntry][]> {
  const groups = new Map<string, [string, JournalEntry][]>();
  for (const item of batch) groups.set(item[1].auditId, [...(groups.get(item[1].auditId) ?? []), [item[0], item[1]]]);
  return groups;
}
