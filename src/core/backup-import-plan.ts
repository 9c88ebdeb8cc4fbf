/**
 * What a checked backup would change on this device, and exactly which
 * records an import writes. Pure, so the storage layer can run it inside the
 * import transaction against what is stored at that moment.
 */
import type { Audit, PlanAction } from './audit';
import type { Backup, BackupRecords, StoredToolkitRecord } from './backup-schema';
import type { PlanReview } from './plan-reviews';

/** What is already on this device, as far as an import needs to know. */
export interface ExistingRecords {
  audits: ReadonlyArray<Pick<Audit, 'id' | 'title' | 'school' | 'updatedAt'>>;
  actions: ReadonlyArray<Pick<PlanAction, 'id' | 'auditId'>>;
  planReviews: ReadonlyArray<Pick<PlanReview, 'id' | 'auditId'>>;
  toolkits: ReadonlyArray<StoredToolkitRecord>;
}

/** For an audit that is in the file and on this device: keep both (the file's copy gets new ids), or replace this device's copy. */
export type ConflictChoice = 'keep-both' | 'replace';
export type ConflictChoices = Readonly<Record<string, ConflictChoice | undefined>>;

export const IMPORTED_COPY_SUFFIX = ' (imported copy)';

export interface BackupAuditSummary {
  id: string;
  title: string;
  school: string;
  date: string;
  toolkitTitle: string;
  answered: number;
  actions: number;
  /** The audit with the same id already on this device, if any. */
  existing: Pick<Audit, 'title' | 'school' | 'updatedAt'> | null;
}

export interface BackupToolkitSummary {
  id: string;
  version: string;
  title: string;
  /** 'different': this device holds another definition under the same id and version, and keeps its own. */
  onDevice: 'new' | 'same' | 'different';
}

export interface BackupContents {
  appVersion: string;
  exportedAt: string;
  audits: BackupAuditSummary[];
  toolkits: BackupToolkitSummary[];
  counts: { audits: number; answers: number; reflections: number; actions: number; planReviews: number; toolkits: number };
  conflictingAuditIds: string[];
}

/** Key-order-independent comparison of two JSON values. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

function toolkitStatus(toolkit: StoredToolkitRecord, existing: ExistingRecords): BackupToolkitSummary['onDevice'] {
  const here = existing.toolkits.find((candidate) => candidate.id === toolkit.id && candidate.version === toolkit.version);
  if (!here) return 'new';
  return canonical(here.definition) === canonical(toolkit.definition) ? 'same' : 'different';
}

/** What the file holds and what would clash, for a person to check before importing. */
export function describeBackup(backup: Backup, existing: ExistingRecords): BackupContents {
  const existingById = new Map(existing.audits.map((audit) => [audit.id, audit]));
  const audits = backup.audits.map((audit): BackupAuditSummary => {
    const here = existingById.get(audit.id);
    return {
      id: audit.id,
      title: audit.title,
      school: audit.school,
      date: audit.date,
      toolkitTitle: backup.toolkits.find((toolkit) => toolkit.id === audit.toolkitId && toolkit.version === audit.toolkitVersion)?.definition.title ?? audit.toolkitId,
      answered: backup.answers.filter((answer) => answer.auditId === audit.id && answer.rating !== null).length,
      actions: backup.actions.filter((action) => action.auditId === audit.id).length,
      existing: here ? { title: here.title, school: here.school, updatedAt: here.updatedAt } : null,
    };
  });
  return {
    appVersion: backup.appVersion,
    exportedAt: backup.exportedAt,
    audits,
    toolkits: backup.toolkits.map((toolkit) => ({
      id: toolkit.id,
      version: toolkit.version,
      title: toolkit.definition.title,
      onDevice: toolkitStatus(toolkit, existing),
    })),
    counts: {
      audits: backup.audits.length,
      answers: backup.answers.length,
      reflections: backup.reflections.length,
      actions: backup.actions.length,
      planReviews: backup.planReviews.length,
      toolkits: backup.toolkits.length,
    },
    conflictingAuditIds: audits.filter((audit) => audit.existing).map((audit) => audit.id),
  };
}

export interface ImportPlan {
  /** Audits on this device to delete first, with their answers, reflections, actions and review dates. */
  replaceAuditIds: string[];
  /** Records to add; none of their keys is on the device once the replaced audits are gone. */
  records: BackupRecords;
}

export type ImportPlanResult = { ok: true; plan: ImportPlan } | { ok: false; unresolvedAuditIds: string[] };

/**
 * Works out every record an import adds. A conflicting audit must have a
 * choice; "keep both" gives the file's copy and its children new ids.
 */
export function planImport(backup: Backup, existing: ExistingRecords, choices: ConflictChoices, newId: () => string): ImportPlanResult {
  const existingAuditIds = new Set(existing.audits.map((audit) => audit.id));
  const conflicts = backup.audits.filter((audit) => existingAuditIds.has(audit.id));
  const unresolved = conflicts.filter((audit) => !choices[audit.id]).map((audit) => audit.id);
  if (unresolved.length > 0) return { ok: false, unresolvedAuditIds: unresolved };

  const replaceAuditIds = conflicts.filter((audit) => choices[audit.id] === 'replace').map((audit) => audit.id);
  const auditIdMap = new Map<string, string>();
  for (const audit of conflicts) if (choices[audit.id] === 'keep-both') auditIdMap.set(audit.id, newId());
  const newAuditId = (id: string) => auditIdMap.get(id) ?? id;

  // Action and review ids are global: one that is still taken after the replaced audits go gets a new id,
  // as does every child of a kept-both copy (its originals stay here under the old ids).
  const replaced = new Set(replaceAuditIds);
  const assignFreeIds = <T extends { id: string; auditId: string }>(rows: readonly T[], onDevice: ReadonlyArray<Pick<T, 'id' | 'auditId'>>): T[] => {
    const taken = new Set(onDevice.filter((row) => !replaced.has(row.auditId)).map((row) => row.id));
    return rows.map((row) => ({ ...row, id: auditIdMap.has(row.auditId) || taken.has(row.id) ? newId() : row.id, auditId: newAuditId(row.auditId) }));
  };

  const records: BackupRecords = {
    audits: backup.audits.map((audit) =>
      auditIdMap.has(audit.id)
        ? { ...audit, id: newAuditId(audit.id), title: `${audit.title}${IMPORTED_COPY_SUFFIX}`, basedOnAuditId: audit.basedOnAuditId && newAuditId(audit.basedOnAuditId) }
        : { ...audit, basedOnAuditId: audit.basedOnAuditId && newAuditId(audit.basedOnAuditId) },
    ),
    answers: backup.answers.map((answer) => ({ ...answer, auditId: newAuditId(answer.auditId) })),
    reflections: backup.reflections.map((reflection) => ({ ...reflection, auditId: newAuditId(reflection.auditId) })),
    actions: assignFreeIds(backup.actions, existing.actions),
    planReviews: assignFreeIds(backup.planReviews, existing.planReviews),
    toolkits: backup.toolkits.filter((toolkit) => toolkitStatus(toolkit, existing) === 'new'),
  };
  return { ok: true, plan: { replaceAuditIds, records } };
}
