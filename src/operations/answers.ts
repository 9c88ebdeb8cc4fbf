/**
 * The one save path for everything people type, on every editable record
 * (answers, reflections, plan actions, review dates, priority areas): edits
 * are queued per field, journalled synchronously, written shortly after
 * typing pauses and retried on failure. Screens queue edits and show the
 * status; they never write.
 */
import type { AuditEdit, EditTarget, SaveStatus } from '../core/audit-edit';
import { getAutosaver, replayUnsavedEdits as replayJournal } from '../storage/audit-stores';
import type { SaveScope } from '../storage/autosaver';

export type { SaveScope, SaveStatus };

export function recordEdit(auditId: string, edit: AuditEdit): void {
  getAutosaver().queue(auditId, edit);
}

/** Whether this page holds a change to the field that storage does not have yet. */
export function hasUnsavedEdit(auditId: string, target: EditTarget): boolean {
  return getAutosaver().isUnsaved(auditId, target);
}

/** Writes queued edits now (also the "Try saving again" button). Never rejects: the outcome is in the status. */
export function saveEditsNow(): Promise<void> {
  return getAutosaver().flush();
}

/** How this page's changes to the records in scope are doing: an audit's, one kind's, or one record's. */
export function readSaveStatus(scope: SaveScope): SaveStatus {
  return getAutosaver().getStatus(scope);
}

export function watchSaveStatus(listener: () => void): () => void {
  return getAutosaver().subscribe(listener);
}

/** Applies edits that earlier pages journalled but never committed. Once per page load. */
export function replayUnsavedEdits(): Promise<unknown> {
  return replayJournal();
}
