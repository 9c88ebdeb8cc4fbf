/**
 * Autosave for the whole page, for every editable record: queues edits,
 * writes them to IndexedDB shortly after typing pauses, and keeps a journal
 * of anything not yet committed. One instance per page, so edits keep saving
 * when the form that made them goes away (moving to the next domain, closing
 * an action's editor), and a failed write keeps its edits queued and
 * retries: nothing typed is dropped, unless its record is gone.
 *
 * The status is kept per record, so each editor can say how its own changes
 * are doing, and a page can ask about everything it shows.
 */
import { editKey, recordKey, type AuditEdit, type EditKind, type EditTarget, type SaveStatus } from '../core/audit-edit';
import type { AuditEditStore, RefusedEdit } from './audit-edit-store';
import type { EditJournal, JournalEntry } from './edit-journal';
import { toStorageError } from './storage-error';

/** Which records a status covers: an audit's, of one kind, or one record. */
export interface SaveScope {
  auditId: string;
  kind?: EditKind;
  recordId?: string;
}

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

type Failure = Extract<SaveStatus, { state: 'failed' }>;

/** What this page knows about one record it has edited. */
interface RecordState {
  auditId: string;
  kind: EditKind;
  recordId: string;
  hasSaved: boolean;
  /** The last write's failure, until a write of the record succeeds. */
  failure?: Failure;
  failedAt?: number;
}

const IDLE: SaveStatus = { state: 'idle' };
const SAVING: SaveStatus = { state: 'saving' };
const SAVED: SaveStatus = { state: 'saved' };

export class Autosaver {
  private readonly options: AutosaverOptions;
  private readonly pending = new Map<string, JournalEntry>();
  private readonly inFlight = new Map<string, JournalEntry>();
  private readonly records = new Map<string, RecordState>();
  private readonly listeners = new Set<() => void>();
  /** Counts failures, so that a scope shows its latest. */
  private failureCount = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  /** Writes run one after another, so a later edit can never be overtaken by an earlier one. */
  private chain: Promise<void> = Promise.resolve();

  constructor(options: AutosaverOptions) {
    this.options = options;
  }

  /**
   * How the edits in scope are doing: a failure first (until the record saves),
   * then saving, then saved. The same object comes back until something
   * changes, as React's useSyncExternalStore needs.
   */
  getStatus = (scope?: SaveScope): SaveStatus => {
    let latest: RecordState | undefined;
    let hasSaved = false;
    for (const record of this.records.values()) {
      if (!inScope(scope, record)) continue;
      if (record.failure && (!latest || record.failedAt! > latest.failedAt!)) latest = record;
      hasSaved ||= record.hasSaved;
    }
    if (latest) return latest.failure!;
    const isBusy = [...this.pending.values(), ...this.inFlight.values()].some((entry) => inScope(scope, { auditId: entry.auditId, ...entry.edit }));
    return isBusy ? SAVING : hasSaved ? SAVED : IDLE;
  };

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
    this.recordOf(auditId, edit);
    this.recordJournal();
    this.notify();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.options.delayMs);
  }

  /** Writes everything queued now. Resolves once written or failed (never rejects: failures show in the status). */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    // A failure outside the write itself must not stop later writes: the chain always continues.
    const run = this.chain.then(() => this.writePending()).catch((error: unknown) => this.failAll([...this.pending.values()], toStorageError(error)));
    this.chain = run;
    return run;
  }

  private async writePending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = [...this.pending];
    this.pending.clear();
    for (const [key, entry] of batch) this.inFlight.set(key, entry);
    this.notify();
    const startedAt = performance.now();
    let hasFailed = false;
    for (const [auditId, entries] of groupByAudit(batch)) {
      try {
        const { refused } = await this.options.store.saveEdits(auditId, entries.map(([, entry]) => entry.edit));
        const refusedKeys = new Set(refused.map(({ edit }) => entryKey(auditId, edit)));
        for (const [key, entry] of entries) if (!refusedKeys.has(key)) this.settle(key, entry);
        this.refuse(auditId, refused);
      } catch (error) {
        const failure = toStorageError(error);
        hasFailed = true;
        for (const [key, entry] of entries) {
          this.inFlight.delete(key);
          // A deleted audit has nowhere to save to; the status says so.
          if (failure.kind !== 'not-found' && !this.pending.has(key)) this.pending.set(key, entry);
        }
        this.failAll(entries.map(([, entry]) => entry), failure);
      }
    }
    this.recordJournal();
    if (hasFailed && this.pending.size > 0) this.scheduleRetry();
    if (!hasFailed) {
      try {
        this.options.onCommitted?.(startedAt, performance.now());
      } catch {
        // Measuring is optional; saving is not.
      }
    }
    this.notify();
  }

  private settle(key: string, entry: JournalEntry): void {
    this.inFlight.delete(key);
    const record = this.recordOf(entry.auditId, entry.edit);
    record.hasSaved = true;
    record.failure = undefined;
    const newer = this.pending.get(key);
    // Storage now holds this edit's value: a newer edit of the field replaces that.
    if (newer) this.pending.set(key, { ...newer, edit: { ...newer.edit, base: entry.edit.value } as AuditEdit });
  }

  /** Edits storage would not take are dropped: their record is gone or their value does not fit. */
  private refuse(auditId: string, refused: readonly RefusedEdit[]): void {
    for (const { edit, message } of refused) {
      this.inFlight.delete(entryKey(auditId, edit));
      this.fail(this.recordOf(auditId, edit), { state: 'failed', message, canRetry: false });
    }
  }

  private failAll(entries: readonly JournalEntry[], error: ReturnType<typeof toStorageError>): void {
    const failure: Failure = { state: 'failed', message: error.message, canRetry: error.kind !== 'not-found' };
    for (const entry of entries) this.fail(this.recordOf(entry.auditId, entry.edit), failure);
    this.notify();
  }

  private fail(record: RecordState, failure: Failure): void {
    record.failure = failure;
    record.failedAt = ++this.failureCount;
  }

  private recordOf(auditId: string, target: Pick<EditTarget, 'kind' | 'recordId'>): RecordState {
    const key = `${auditId}|${recordKey(target)}`;
    let record = this.records.get(key);
    if (!record) {
      record = { auditId, kind: target.kind, recordId: target.recordId, hasSaved: false };
      this.records.set(key, record);
    }
    return record;
  }

  private scheduleRetry(): void {
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(() => void this.flush(), this.options.retryMs);
  }

  private recordJournal(): void {
    this.options.journal?.record([...this.inFlight.values(), ...this.pending.values()]);
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function inScope(scope: SaveScope | undefined, record: { auditId: string; kind: EditKind; recordId: string }): boolean {
  if (!scope) return true;
  return scope.auditId === record.auditId && (scope.kind === undefined || scope.kind === record.kind) && (scope.recordId === undefined || scope.recordId === record.recordId);
}

function entryKey(auditId: string, target: EditTarget): string {
  return `${auditId}|${editKey(target)}`;
}

function groupByAudit(batch: readonly (readonly [string, JournalEntry])[]): Map<string, [string, JournalEntry][]> {
  const groups = new Map<string, [string, JournalEntry][]>();
  for (const item of batch) groups.set(item[1].auditId, [...(groups.get(item[1].auditId) ?? []), [item[0], item[1]]]);
  return groups;
}
