/**
 * One field changed by a person: the unit that autosave queues, journals and
 * writes. Edits are per field (a rating, a note, a reflection), not per row,
 * so that two tabs changing different fields of the same indicator never
 * overwrite each other.
 */
import type { Rating } from './audit';

export type ReflectionField = 'workingWell' | 'evenBetterIf';

interface EditBase<V> {
  value: V;
  /**
   * The stored value this edit replaces, as this tab last saw it. Replaying a
   * journal uses it to tell "nobody else touched this field" from a conflict.
   */
  base: V;
  /** When the person made the edit (ms since the epoch). */
  editedAt: number;
}

export type AuditEdit =
  | ({ kind: 'rating'; indicatorId: string } & EditBase<Rating>)
  | ({ kind: 'note'; indicatorId: string } & EditBase<string>)
  | ({ kind: 'reflection'; domainId: string; field: ReflectionField } & EditBase<string>);

/** The stored field an edit changes. */
export type EditTarget =
  | { kind: 'rating' | 'note'; indicatorId: string }
  | { kind: 'reflection'; domainId: string; field: ReflectionField };

/** Two edits with the same key change the same stored field: the later one wins. */
export function editKey(target: EditTarget): string {
  return target.kind === 'reflection' ? `reflection:${target.domainId}:${target.field}` : `${target.kind}:${target.indicatorId}`;
}

/**
 * Whether an edit that never reached storage should still be applied when it
 * is found later (in the journal of a page that closed too soon). It applies
 * unless someone else changed the same field after it was made.
 */
export function shouldReplay(edit: AuditEdit, stored: { value: unknown; updatedAt: number } | undefined): boolean {
  if (!stored) return true;
  if (stored.value === edit.value) return false;
  return stored.value === edit.base || stored.updatedAt <= edit.editedAt;
}
