/**
 * The page's audit-editing stores, opened lazily on the app's one database.
 * Opening them replays any unsaved edits an earlier page left in its journal.
 */
import { AuditEditStore } from './audit-edit-store';
import { AuditLifecycleStore } from './audit-lifecycle-store';
import { Autosaver } from './autosaver';
import { EditJournal } from './edit-journal';
import { getStore } from './store';

/** Well inside the half second we promise between a change and a committed write. */
export const AUTOSAVE_DELAY_MS = 250;
const RETRY_MS = 5_000;

let editStore: AuditEditStore | undefined;
let lifecycleStore: AuditLifecycleStore | undefined;
let journal: EditJournal | undefined;
let autosaver: Autosaver | undefined;
let replaying: Promise<unknown> | undefined;

export function getEditStore(): AuditEditStore {
  editStore ??= new AuditEditStore(getStore().db);
  return editStore;
}

export function getLifecycleStore(): AuditLifecycleStore {
  lifecycleStore ??= new AuditLifecycleStore(getStore().db);
  return lifecycleStore;
}

function getJournal(): EditJournal {
  journal ??= new EditJournal(localStorageIfAllowed(), crypto.randomUUID());
  return journal;
}

/** Applies edits that pages closed before saving. Runs once per page load; safe to call often. */
export function replayUnsavedEdits(): Promise<unknown> {
  replaying ??= getJournal()
    .replay(getEditStore())
    .catch(() => undefined);
  return replaying;
}

export function getAutosaver(): Autosaver {
  if (autosaver) return autosaver;
  const saver = new Autosaver({
    store: getEditStore(),
    journal: getJournal(),
    delayMs: AUTOSAVE_DELAY_MS,
    retryMs: RETRY_MS,
    // User Timing marks let the benchmark see when writes commit; they cost nothing otherwise.
    onCommitted: (startedAt, committedAt) => performance.measure('reflect:autosave-write', { start: startedAt, end: committedAt }),
  });
  // The page may be about to close: write now rather than after the pause. The journal covers a write that never commits.
  window.addEventListener('pagehide', () => void saver.flush());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void saver.flush();
  });
  autosaver = saver;
  return saver;
}

function localStorageIfAllowed(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
