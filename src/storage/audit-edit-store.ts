/**
 * Writes what people change in the audit form, one field at a time, so that
 * two tabs editing different fields of the same indicator never overwrite
 * each other. Also replays edits found in the unsaved-edits journal.
 */
import type { Answer, Reflection } from '../core/audit';
import { shouldReplay, type AuditEdit } from '../core/audit-edit';
import { ReflectDatabase } from './db';
import { StorageError, guard } from './storage-error';

export type ReflectionsByDomain = Readonly<Record<string, Pick<Reflection, 'workingWell' | 'evenBetterIf'> | undefined>>;

export interface ReplayResult {
  applied: number;
  skipped: number;
  /** The audit no longer exists (it was deleted), so there was nothing to apply the edits to. */
  auditMissing: boolean;
}

export class AuditEditStore {
  readonly db: ReflectDatabase;
  private readonly now: () => number;

  constructor(db: ReflectDatabase, options: { now?: () => number } = {}) {
    this.db = db;
    this.now = options.now ?? Date.now;
  }

  getReflections(auditId: string): Promise<ReflectionsByDomain> {
    return guard(async () => {
      const rows = await this.db.reflections.where('auditId').equals(auditId).toArray();
      return Object.fromEntries(rows.map((row) => [row.domainId, { workingWell: row.workingWell, evenBetterIf: row.evenBetterIf }]));
    });
  }

  /** Applies edits in order (a later edit of the same field wins) in one transaction, and marks the audit as edited. */
  async saveEdits(auditId: string, edits: readonly AuditEdit[]): Promise<void> {
    if (edits.length === 0) return;
    const result = await this.apply(auditId, edits, false);
    if (result.auditMissing) throw new StorageError('not-found');
  }

  /** Applies journalled edits, except where someone else has changed the same field since. */
  replayEdits(auditId: string, edits: readonly AuditEdit[]): Promise<ReplayResult> {
    return this.apply(auditId, edits, true);
  }

  private apply(auditId: string, edits: readonly AuditEdit[], isReplay: boolean): Promise<ReplayResult> {
    const time = this.now();
    const { db } = this;
    return guard(() =>
      db.transaction('rw', db.audits, db.answers, db.reflections, async (): Promise<ReplayResult> => {
        if (!(await db.audits.get(auditId))) return { applied: 0, skipped: edits.length, auditMissing: true };
        const answers = await this.loadAnswers(auditId, edits);
        const reflections = await this.loadReflections(auditId, edits);
        const changedAnswers = new Set<string>();
        const changedReflections = new Set<string>();
        let applied = 0;
        for (const edit of edits) {
          if (edit.kind === 'reflection') {
            const stored = reflections.get(edit.domainId);
            if (isReplay && !shouldReplay(edit, stored && { value: stored[edit.field], updatedAt: stored.updatedAt })) continue;
            const row = stored ?? { auditId, domainId: edit.domainId, workingWell: '', evenBetterIf: '', updatedAt: time };
            reflections.set(edit.domainId, { ...row, [edit.field]: edit.value, updatedAt: time });
            changedReflections.add(edit.domainId);
          } else {
            const stored = answers.get(edit.indicatorId);
            const field = edit.kind === 'rating' ? 'rating' : 'note';
            if (isReplay && !shouldReplay(edit, stored && { value: stored[field], updatedAt: stored.updatedAt })) continue;
            const row = stored ?? { auditId, indicatorId: edit.indicatorId, rating: null, note: '', updatedAt: time };
            answers.set(edit.indicatorId, edit.kind === 'rating' ? { ...row, rating: edit.value, updatedAt: time } : { ...row, note: edit.value, updatedAt: time });
            changedAnswers.add(edit.indicatorId);
          }
          applied += 1;
        }
        if (applied > 0) {
          await db.answers.bulkPut([...changedAnswers].map((id) => answers.get(id)!));
          await db.reflections.bulkPut([...changedReflections].map((id) => reflections.get(id)!));
          await db.audits.update(auditId, { updatedAt: time });
        }
        return { applied, skipped: edits.length - applied, auditMissing: false };
      }),
    );
  }

  private async loadAnswers(auditId: string, edits: readonly AuditEdit[]): Promise<Map<string, Answer>> {
    const ids = [...new Set(edits.flatMap((edit) => (edit.kind === 'reflection' ? [] : [edit.indicatorId])))];
    const rows = await this.db.answers.bulkGet(ids.map((id): [string, string] => [auditId, id]));
    return new Map(rows.flatMap((row) => (row ? [[row.indicatorId, row] as const] : [])));
  }

  private async loadReflections(auditId: string, edits: readonly AuditEdit[]): Promise<Map<string, Reflection>> {
    const ids = [...new Set(edits.flatMap((edit) => (edit.kind === 'reflection' ? [edit.domainId] : [])))];
    const rows = await this.db.reflections.bulkGet(ids.map((id): [string, string] => [auditId, id]));
    return new Map(rows.flatMap((row) => (row ? [[row.domainId, row] as const] : [])));
  }
}
