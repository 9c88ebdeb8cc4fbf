/**
 * Writes what people change, one field at a time, for every editable record
 * an audit owns (see editable-records.ts), so that two tabs editing
 * different fields of one record never overwrite each other. Also replays
 * edits found in the unsaved-edits journal.
 */
import type { Audit, Reflection } from '../core/audit';
import { recordKey, shouldReplay, type AuditEdit } from '../core/audit-edit';
import type { ResponseEditRefusal } from '../core/team-response-edit';
import type { Toolkit } from '../core/toolkit-schema';
import { liftPriorityActions } from './action-store';
import { getAuditInUse } from './audits-in-use';
import { ReflectDatabase } from './db';
import { EDITABLE_RECORDS, fieldCheck, rowAuditId, toolkitCheck } from './editable-records';
import { StorageError, guard } from './storage-error';
import { readAuditToolkit } from './toolkit-rows';

export type ReflectionsByDomain = Readonly<Record<string, Pick<Reflection, 'workingWell' | 'evenBetterIf'> | undefined>>;

/** An edit storage would not take: its record is gone, or its value does not fit. Trying again cannot help. */
export interface RefusedEdit {
  edit: AuditEdit;
  reason: 'not-found' | 'invalid';
  message: string;
}

export interface SaveResult {
  refused: RefusedEdit[];
}

export interface ReplayResult {
  applied: number;
  /** Edits not applied: someone changed the field since, or the record is gone. */
  skipped: number;
  /** The audit no longer exists, or is deleted (a tombstone), so there was nothing to apply the edits to. */
  auditMissing: boolean;
}

type Row = Record<string, unknown> & { updatedAt?: number };

/** A row an edit batch touches, with the table it lives in. */
interface Touched {
  table: string;
  row: Row | undefined;
  changed: boolean;
}

interface Applied extends ReplayResult {
  refused: RefusedEdit[];
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

  /**
   * Applies edits in order (a later edit of the same field wins) in one
   * transaction, and marks the audit as edited. Edits whose record is gone
   * or whose value does not fit are left out and returned; the rest are saved.
   */
  async saveEdits(auditId: string, edits: readonly AuditEdit[]): Promise<SaveResult> {
    if (edits.length === 0) return { refused: [] };
    const result = await this.apply(auditId, edits, false);
    if (result.auditMissing) throw new StorageError('not-found');
    return { refused: result.refused };
  }

  /** Applies journalled edits, except where someone else has changed the same field since. */
  async replayEdits(auditId: string, edits: readonly AuditEdit[]): Promise<ReplayResult> {
    const { applied, skipped, auditMissing } = await this.apply(auditId, edits, true);
    return { applied, skipped, auditMissing };
  }

  private apply(auditId: string, edits: readonly AuditEdit[], isReplay: boolean): Promise<Applied> {
    const time = this.now();
    const { db } = this;
    const needsToolkit = edits.some((edit) => toolkitCheck(edit.kind, edit.field));
    // New priority sections lift their actions to the top of the plan, in the same transaction.
    const changesPriorities = edits.some((edit) => edit.kind === 'audit' && edit.field === 'priorityDomainIds');
    const tables = new Set([
      'audits',
      ...edits.map((edit) => EDITABLE_RECORDS[edit.kind].table),
      ...edits.flatMap((edit) => EDITABLE_RECORDS[edit.kind].permit?.table ?? []),
      ...(needsToolkit ? ['toolkits'] : []),
      ...(changesPriorities ? ['actions'] : []),
    ]);
    return guard(() =>
      db.transaction('rw', [...tables].map((name) => db.table(name)), async (): Promise<Applied> => {
        const audit = await getAuditInUse(db, auditId);
        if (!audit) return { applied: 0, skipped: edits.length, auditMissing: true, refused: [] };
        const touched = await this.loadRows(auditId, edits);
        const permits = await this.loadPermits(auditId, edits);
        const toolkit = needsToolkit ? await readAuditToolkit(db, audit) : undefined;
        const refused: RefusedEdit[] = [];
        let applied = 0;
        for (const edit of edits) {
          const record = EDITABLE_RECORDS[edit.kind];
          const target = touched.get(recordKey(edit))!;
          const checked = checkValue(edit, toolkit);
          if (!checked.ok) {
            refused.push({ edit, reason: 'invalid', message: checked.message });
            continue;
          }
          const refusal = permits.get(edit);
          if (refusal) {
            refused.push({ edit, ...refusal });
            continue;
          }
          const stored = target.row;
          if (!stored && !record.blank) {
            refused.push({ edit, reason: 'not-found', message: record.missing });
            continue;
          }
          if (isReplay && !shouldReplay(edit, stored && { value: stored[edit.field], updatedAt: stored.updatedAt ?? 0 })) continue;
          target.row = { ...(stored ?? record.blank!(auditId, edit.recordId)), [edit.field]: checked.value, updatedAt: time };
          target.changed = true;
          applied += 1;
        }
        if (applied > 0) await this.write(audit, [...touched.values()].filter((entry) => entry.changed), time);
        const edited = [...touched.values()].find((entry) => entry.table === 'audits' && entry.changed)?.row as Audit | undefined;
        if (edited && !samePriorities(edited.priorityDomainIds, audit.priorityDomainIds)) await liftPriorityActions(db, edited, toolkit, time);
        return { applied, skipped: edits.length - applied, auditMissing: false, refused };
      }),
    );
  }

  /** The rows the edits change, by record key, read a table at a time; an edit never reaches a row of another audit. */
  private async loadRows(auditId: string, edits: readonly AuditEdit[]): Promise<Map<string, Touched>> {
    const touched = new Map<string, Touched>();
    const byTable = new Map<string, { key: string; edit: AuditEdit }[]>();
    for (const edit of edits) {
      const key = recordKey(edit);
      if (touched.has(key)) continue;
      const { table } = EDITABLE_RECORDS[edit.kind];
      touched.set(key, { table, row: undefined, changed: false });
      byTable.set(table, [...(byTable.get(table) ?? []), { key, edit }]);
    }
    for (const [table, wanted] of byTable) {
      const rows = (await this.db.table(table).bulkGet(wanted.map(({ edit }) => EDITABLE_RECORDS[edit.kind].key(auditId, edit.recordId)))) as (Row | undefined)[];
      wanted.forEach(({ key, edit }, index) => {
        const row = rows[index];
        if (row && rowAuditId(edit.kind, row) === auditId) touched.get(key)!.row = row;
      });
    }
    return touched;
  }

  /** Why each edit that needs another row's leave (see `permit` in editable-records.ts) is refused; edits allowed are absent. */
  private async loadPermits(auditId: string, edits: readonly AuditEdit[]): Promise<Map<AuditEdit, ResponseEditRefusal>> {
    const refusals = new Map<AuditEdit, ResponseEditRefusal>();
    const rows = new Map<string, Record<string, unknown> | undefined>();
    for (const edit of edits) {
      const { permit } = EDITABLE_RECORDS[edit.kind];
      if (!permit) continue;
      const key = permit.key(auditId, edit.recordId);
      let row: Record<string, unknown> | undefined;
      if (key !== null) {
        const cacheKey = `${permit.table}:${JSON.stringify(key)}`;
        if (!rows.has(cacheKey)) rows.set(cacheKey, (await this.db.table(permit.table).get(key)) as Record<string, unknown> | undefined);
        row = rows.get(cacheKey);
      }
      const refusal = permit.refuse(row);
      if (refusal) refusals.set(edit, refusal);
    }
    return refusals;
  }

  /** Writes the changed rows, and the audit (its own fields changed or not) as edited now. */
  private async write(audit: Audit, changed: readonly Touched[], time: number): Promise<void> {
    const byTable = new Map<string, Row[]>();
    for (const { table, row } of changed) byTable.set(table, [...(byTable.get(table) ?? []), row!]);
    const auditRow = byTable.get('audits')?.[0] ?? audit;
    byTable.delete('audits');
    for (const [table, rows] of byTable) await this.db.table(table).bulkPut(rows);
    await this.db.audits.put({ ...(auditRow as Audit), updatedAt: time });
  }
}

function samePriorities(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** Whether the value fits its field (and the audit's toolkit, where that matters), tidied for storing. */
function checkValue(edit: AuditEdit, toolkit: Toolkit | undefined): { ok: true; value: unknown } | { ok: false; message: string } {
  const fits = fieldCheck(edit.kind, edit.field);
  if (!fits || !fits(edit.value)) return { ok: false, message: `This change could not be saved: “${String(edit.value)}” does not fit “${edit.field}”.` };
  const againstToolkit = toolkitCheck(edit.kind, edit.field);
  if (!againstToolkit) return { ok: true, value: edit.value };
  if (!toolkit) return { ok: false, message: 'The toolkit this self-evaluation was made with could not be found.' };
  return againstToolkit(toolkit, edit.value);
}
