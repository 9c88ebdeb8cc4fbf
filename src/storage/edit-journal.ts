/**
 * A write-ahead journal of edits not yet committed to IndexedDB.
 *
 * IndexedDB writes are asynchronous: when a laptop lid closes or a tab is
 * closed straight after typing, the last write may never commit. So every
 * edit is first written synchronously to localStorage (which survives the
 * page), and removed once IndexedDB has it. The next time the app opens, any
 * journal left behind is replayed into IndexedDB. Each page has its own
 * journal key, so pages never overwrite each other's journals.
 */
import type { AuditEdit } from '../core/audit-edit';
import type { AuditEditStore } from './audit-edit-store';
import { fieldCheck, isEditKind } from './editable-records';

export const JOURNAL_KEY_PREFIX = 'reflect-unsaved-edits:';
/** Version 2: one edit shape for every editable record. */
const JOURNAL_VERSION = 2;

export interface JournalEntry {
  auditId: string;
  edit: AuditEdit;
}

export interface JournalReplay {
  applied: number;
  skipped: number;
  /** Journals kept for a later try because storage failed. */
  kept: number;
}

export class EditJournal {
  private readonly storage: Storage | undefined;
  private readonly key: string;

  /** `storage` is undefined when the browser offers none (some private modes): the journal then does nothing. */
  constructor(storage: Storage | undefined, pageId: string) {
    this.storage = storage;
    this.key = `${JOURNAL_KEY_PREFIX}${pageId}`;
  }

  /** Replaces this page's journal with the edits not yet committed. Returns false if it could not be written. */
  record(entries: readonly JournalEntry[]): boolean {
    if (!this.storage) return false;
    try {
      if (entries.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify({ version: JOURNAL_VERSION, entries }));
      return true;
    } catch {
      // localStorage full or blocked: IndexedDB autosave still runs; only the safety net is missing.
      return false;
    }
  }

  /** Applies journals that other pages (including earlier loads of this one) left behind. */
  async replay(store: Pick<AuditEditStore, 'replayEdits'>): Promise<JournalReplay> {
    const result: JournalReplay = { applied: 0, skipped: 0, kept: 0 };
    for (const key of this.otherJournalKeys()) {
      const text = this.storage?.getItem(key);
      if (text === null || text === undefined) continue;
      const entries = parseJournal(text);
      try {
        for (const [auditId, edits] of groupByAudit(entries)) {
          const replayed = await store.replayEdits(auditId, edits);
          result.applied += replayed.applied;
          result.skipped += replayed.skipped;
        }
        // Another open page may have rewritten its journal meanwhile; then it is still needed.
        if (this.storage?.getItem(key) === text) this.storage.removeItem(key);
      } catch {
        result.kept += 1;
      }
    }
    return result;
  }

  private otherJournalKeys(): string[] {
    if (!this.storage) return [];
    const keys: string[] = [];
    for (let index = 0; index < this.storage.length; index += 1) {
      const key = this.storage.key(index);
      if (key?.startsWith(JOURNAL_KEY_PREFIX) && key !== this.key) keys.push(key);
    }
    return keys;
  }
}

/**
 * A journal that cannot be read (hand-edited, or from a future version)
 * holds nothing we can apply. Checked by hand rather than with zod, which
 * would add to the first page load. Version 1 journals (answers and
 * reflections only, before every editable record shared one edit shape) are
 * still read, so an edit made just before an update is not lost.
 */
function parseJournal(text: string): JournalEntry[] {
  try {
    const journal: unknown = JSON.parse(text);
    if (!isRecord(journal) || !Array.isArray(journal.entries)) return [];
    const readEdit = journal.version === JOURNAL_VERSION ? readEditV2 : journal.version === 1 ? readEditV1 : undefined;
    if (!readEdit) return [];
    const entries: JournalEntry[] = [];
    for (const entry of journal.entries) {
      const edit = isRecord(entry) && isText(entry.auditId) ? readEdit(entry.edit) : undefined;
      if (!edit) return [];
      entries.push({ auditId: entry.auditId as string, edit });
    }
    return entries;
  } catch {
    return [];
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const isText = (value: unknown): value is string => typeof value === 'string';

function readEditV2(edit: unknown): AuditEdit | undefined {
  if (!isRecord(edit) || !isEditKind(edit.kind) || !isText(edit.recordId) || typeof edit.editedAt !== 'number') return undefined;
  const fits = fieldCheck(edit.kind, edit.field);
  if (!fits || !fits(edit.value) || !fits(edit.base)) return undefined;
  return { kind: edit.kind, recordId: edit.recordId, field: edit.field, value: edit.value, base: edit.base, editedAt: edit.editedAt } as AuditEdit;
}

/** Version 1 named the field by its kind: `{ kind: 'rating' | 'note', indicatorId }` or `{ kind: 'reflection', domainId, field }`. */
function readEditV1(edit: unknown): AuditEdit | undefined {
  if (!isRecord(edit)) return undefined;
  const { kind, value, base, editedAt } = edit;
  if (kind === 'rating' || kind === 'note') return readEditV2({ kind: 'answer', recordId: edit.indicatorId, field: kind, value, base, editedAt });
  if (kind === 'reflection') return readEditV2({ kind: 'reflection', recordId: edit.domainId, field: edit.field, value, base, editedAt });
  return undefined;
}

function groupByAudit(entries: readonly JournalEntry[]): Map<string, AuditEdit[]> {
  const groups = new Map<string, AuditEdit[]>();
  for (const { auditId, edit } of entries) groups.set(auditId, [...(groups.get(auditId) ?? []), edit]);
  return groups;
}
