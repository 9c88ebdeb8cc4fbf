/**
 * The audit deleted last, held in memory so that "Undo" can put it back
 * exactly. It is gone when the page reloads: undo is offered straight after
 * deleting, which was confirmed first.
 */
import { useSyncExternalStore } from 'react';
import type { DeletedAudit } from '../../operations/audits';

let lastDeleted: DeletedAudit | null = null;
const listeners = new Set<() => void>();

export function rememberDeleted(deleted: DeletedAudit | null): void {
  lastDeleted = deleted;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRecentlyDeleted(): DeletedAudit | null {
  return useSyncExternalStore(subscribe, () => lastDeleted);
}
