/**
 * What a checked backup would change on this device, and exactly which
 * records an import writes. Pure, so the storage layer can run it inside the
 * import transaction against what is stored at that moment.
 */
import type { Audit } from './audit';
import type { BackupError } from './backup-parse';
import type { Backup, BackupRecords, StoredToolkitRecord } from './backup-schema';
import { BACKUP_TABLES, OWNED_TABLE_NAMES, ownedTableRules, type AuditOwnedRecords, type AuditOwnedRow, type BackupTable, type OwnIdTable } from './backup-tables';
import { toolkitContentHash } from './toolkit-identity';

/** What is already on this device, as far as an import needs to know. Deleted audits (with `deletedAt`) are included. */
export interface ExistingRecords {
  audits: ReadonlyArray<Pick<Audit, 'id' | 'title' | 'school' | 'updatedAt' | 'deletedAt'>>;
  /** The ids taken here in each table whose rows have an id of their own, with the audit owning each. */
  takenIds: { [K in OwnIdTable]: ReadonlyArray<{ id: string; auditId: string }> };
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
  /** The audit with the same id already on this device, if any (and not deleted). */
  existing: Pick<Audit, 'title' | 'school' | 'updatedAt'> | null;
  /** This device holds a deleted copy (in "Recently deleted"), which the file's copy takes the place of. */
  replacesDeleted: boolean;
}

export interface BackupToolkitSummary {
  id: string;
  version: string;
  title: string;
  onDevice: 'new' | 'same';
}

export type BackupCounts = Record<BackupTable, number>;

export interface BackupContents {
  appVersion: string;
  exportedAt: string;
  audits: BackupAuditSummary[];
  toolkits: BackupToolkitSummary[];
  counts: BackupCounts;
  conflictingAuditIds: string[];
}

const isSameToolkit = (a: StoredToolkitRecord, b: StoredToolkitRecord) => a.id === b.id && a.version === b.version;

/** A toolkit this device holds under the same id and version but with other content. */
function differsOnDevice(toolkit: StoredToolkitRecord, existing: ExistingRecords): boolean {
  const here = existing.toolkits.find((candidate) => isSameToolkit(candidate, toolkit));
  return !!here && toolkitContentHash(here.definition) !== toolkitContentHash(toolkit.definition);
}

/**
 * Refuses a file holding a toolkit whose id and version are on this device
 * with different content: audits made with one would be read with the other.
 */
export function checkToolkitsAgainstDevice(backup: Backup, existing: ExistingRecords): BackupError | null {
  const differing = backup.toolkits.filter((toolkit) => differsOnDevice(toolkit, existing));
  if (differing.length === 0) return null;
  const names = differing.map((toolkit) => `“${toolkit.definition.title}” (${toolkit.id} version ${toolkit.version})`);
  const listed = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  return {
    kind: 'toolkit-differs',
    message: `The file holds the toolkit${differing.length > 1 ? 's' : ''} ${listed}, but this device already has a toolkit with the same id and version and different content. Reflect cannot keep both under one version, so nothing was imported. If the toolkit was changed on purpose, it needs a new version number.`,
    problems: differing.map((toolkit) => ({ path: `toolkits[${backup.toolkits.indexOf(toolkit)}]`, message: 'differs from the toolkit with this id and version on this device' })),
  };
}

const liveAudits = (existing: ExistingRecords) => existing.audits.filter((audit) => audit.deletedAt === null);
const deletedAudits = (existing: ExistingRecords) => existing.audits.filter((audit) => audit.deletedAt !== null);

/** What the file holds and what would clash, for a person to check before importing. */
export function describeBackup(backup: Backup, existing: ExistingRecords): BackupContents {
  const existingById = new Map(liveAudits(existing).map((audit) => [audit.id, audit]));
  const deletedIds = new Set(deletedAudits(existing).map((audit) => audit.id));
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
      replacesDeleted: deletedIds.has(audit.id),
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
      onDevice: existing.toolkits.some((here) => isSameToolkit(here, toolkit)) ? 'same' : 'new',
    })),
    counts: countRecords(backup),
    conflictingAuditIds: audits.filter((audit) => audit.existing).map((audit) => audit.id),
  };
}

/** How many records of each table; the order of BACKUP_TABLES. */
export function countRecords(records: BackupRecords): BackupCounts {
  return Object.fromEntries(BACKUP_TABLES.map((table) => [table, records[table].length])) as BackupCounts;
}

export interface ImportPlan {
  /** Audits on this device to delete first, with everything they own, because the person chose to replace them. */
  replaceAuditIds: string[];
  /** Deleted audits here whose ids are in the file: the file's copy takes their place, so they go first too. */
  supersededAuditIds: string[];
  /** Records to add; none of their keys is on the device once the replaced audits are gone. */
  records: BackupRecords;
}

export type ImportPlanResult =
  | { ok: true; plan: ImportPlan }
  | { ok: false; reason: 'unresolved-conflicts'; unresolvedAuditIds: string[] }
  | { ok: false; reason: 'refused'; error: BackupError };

/**
 * Works out every record an import adds. A conflicting audit must have a
 * choice; "keep both" gives the file's copy and its children new ids.
 */
export function planImport(backup: Backup, existing: ExistingRecords, choices: ConflictChoices, newId: () => string): ImportPlanResult {
  const refused = checkToolkitsAgainstDevice(backup, existing);
  if (refused) return { ok: false, reason: 'refused', error: refused };
  const liveIds = new Set(liveAudits(existing).map((audit) => audit.id));
  const conflicts = backup.audits.filter((audit) => liveIds.has(audit.id));
  const unresolved = conflicts.filter((audit) => !choices[audit.id]).map((audit) => audit.id);
  if (unresolved.length > 0) return { ok: false, reason: 'unresolved-conflicts', unresolvedAuditIds: unresolved };

  const replaceAuditIds = conflicts.filter((audit) => choices[audit.id] === 'replace').map((audit) => audit.id);
  const inFile = new Set(backup.audits.map((audit) => audit.id));
  const supersededAuditIds = deletedAudits(existing).filter((audit) => inFile.has(audit.id)).map((audit) => audit.id);
  const auditIdMap = new Map<string, string>();
  for (const audit of conflicts) if (choices[audit.id] === 'keep-both') auditIdMap.set(audit.id, newId());
  const newAuditId = (id: string) => auditIdMap.get(id) ?? id;

  // Own ids are global: one that is still taken after the removed audits go gets a new id,
  // as does every row of a kept-both copy (its originals stay here under the old ids).
  const removed = new Set([...replaceAuditIds, ...supersededAuditIds]);
  const rowsFor = (table: (typeof OWNED_TABLE_NAMES)[number]): AuditOwnedRow[] => {
    const rows: readonly AuditOwnedRow[] = backup[table];
    if (ownedTableRules(table).importKey === 'follows-audit') return rows.map((row) => ({ ...row, auditId: newAuditId(row.auditId) }));
    const taken = new Set(existing.takenIds[table as OwnIdTable].filter((row) => !removed.has(row.auditId)).map((row) => row.id));
    // Rows of an own-id table have an `id`; the rules in backup-tables.ts say which tables those are.
    return (rows as ReadonlyArray<AuditOwnedRow & { id: string }>).map((row) => ({
      ...row,
      id: auditIdMap.has(row.auditId) || taken.has(row.id) ? newId() : row.id,
      auditId: newAuditId(row.auditId),
    }));
  };

  const owned = Object.fromEntries(OWNED_TABLE_NAMES.map((table) => [table, rowsFor(table)])) as AuditOwnedRecords;
  // Rows that name an action follow it to its new id: its reviews, and an action carried forward from it.
  const actionIdMap = new Map(backup.actions.map((action, index) => [action.id, owned.actions[index]!.id]));
  const followAction = (ref: { auditId: string; actionId: string }) => ({ auditId: newAuditId(ref.auditId), actionId: actionIdMap.get(ref.actionId) ?? ref.actionId });
  owned.actionReviews = owned.actionReviews.map((review, index) => ({ ...review, actionId: actionIdMap.get(backup.actionReviews[index]!.actionId) ?? review.actionId }));
  owned.actions = owned.actions.map((action) => (action.carriedFrom ? { ...action, carriedFrom: followAction(action.carriedFrom) } : action));

  const records: BackupRecords = {
    audits: backup.audits.map((audit) =>
      auditIdMap.has(audit.id)
        ? { ...audit, id: newAuditId(audit.id), title: `${audit.title}${IMPORTED_COPY_SUFFIX}`, basedOnAuditId: audit.basedOnAuditId && newAuditId(audit.basedOnAuditId) }
        : { ...audit, basedOnAuditId: audit.basedOnAuditId && newAuditId(audit.basedOnAuditId) },
    ),
    ...owned,
    toolkits: backup.toolkits.filter((toolkit) => !existing.toolkits.some((here) => isSameToolkit(here, toolkit))),
  };
  return { ok: true, plan: { replaceAuditIds, supersededAuditIds, records } };
}
