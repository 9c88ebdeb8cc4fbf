/**
 * The toolkit definitions kept on this device, read and written in one place.
 * An audit keeps the exact definition it was made with (by id and version),
 * so it opens and scores the same after the toolkit file changes.
 */
import type { Audit } from '../core/audit';
import { scopeToolkit } from '../core/review-scope';
import { toolkitContentHash } from '../core/toolkit-identity';
import type { ToolkitOrigin } from '../core/toolkit-catalogue';
import type { Toolkit } from '../core/toolkit-schema';
import type { ReflectDatabase } from './db';
import { RefusedError } from './storage-error';

/** A definition with this id and version is already kept here, with different content. */
export class ToolkitConflictError extends RefusedError {
  readonly toolkitId: string;
  readonly version: string;
  constructor(toolkit: Pick<Toolkit, 'id' | 'version' | 'title'>) {
    super(
      `This device already has version ${toolkit.version} of the toolkit “${toolkit.title}” with different content. ` +
        'A changed toolkit needs a new version number, so nothing was saved.',
    );
    this.toolkitId = toolkit.id;
    this.version = toolkit.version;
  }
}

/**
 * The definition an audit was made with, as the audit's scope sees it (a quick
 * review sees core statements only); undefined if it is missing. Call inside a
 * transaction that includes `toolkits`.
 */
export async function readAuditToolkit(db: ReflectDatabase, audit: Pick<Audit, 'toolkitId' | 'toolkitVersion' | 'scope'>): Promise<Toolkit | undefined> {
  const definition = (await db.toolkits.get([audit.toolkitId, audit.toolkitVersion]))?.definition;
  return definition && scopeToolkit(definition, audit.scope);
}

/**
 * Keeps a definition for the audits made with it. The same content again is
 * fine; the same id and version with other content is refused, because the
 * audits made with the kept one would silently change meaning.
 */
export async function keepToolkit(db: ReflectDatabase, toolkit: Toolkit, time: number, origin: ToolkitOrigin): Promise<'kept' | 'already-here'> {
  const kept = await db.toolkits.get([toolkit.id, toolkit.version]);
  if (!kept) {
    await db.toolkits.add({ id: toolkit.id, version: toolkit.version, definition: toolkit, storedAt: time, origin });
    return 'kept';
  }
  if (toolkitContentHash(kept.definition) !== toolkitContentHash(toolkit)) throw new ToolkitConflictError(toolkit);
  return 'already-here';
}

/** Every definition kept on this device. */
export function listKeptToolkits(db: ReflectDatabase): Promise<Toolkit[]> {
  return db.toolkits.toArray().then((rows) => rows.map((row) => row.definition));
}

/** How many self-evaluations were made with a definition: those in use, and those recently deleted (they can still be restored). */
export interface ToolkitUse {
  inUse: number;
  deleted: number;
}

export interface KeptToolkitRow {
  id: string;
  version: string;
  origin: ToolkitOrigin | null;
  storedAt: number;
  use: ToolkitUse;
}

/** Every kept definition's row, with how many audits use it. Call inside a transaction that includes `toolkits` and `audits`. */
export async function listKeptToolkitRows(db: ReflectDatabase): Promise<KeptToolkitRow[]> {
  const audits = await db.audits.toArray();
  const rows = await db.toolkits.toArray();
  return rows.map(({ id, version, origin, storedAt }) => {
    const made = audits.filter((audit) => audit.toolkitId === id && audit.toolkitVersion === version);
    const deleted = made.filter((audit) => audit.deletedAt !== null).length;
    return { id, version, origin: origin ?? null, storedAt, use: { inUse: made.length - deleted, deleted } };
  });
}

/**
 * Removes a kept definition that no audit uses, a recently deleted one
 * included: it would not open without it. Call inside a read-write
 * transaction that includes `toolkits` and `audits`.
 */
export async function removeToolkit(db: ReflectDatabase, id: string, version: string): Promise<void> {
  const kept = await db.toolkits.get([id, version]);
  if (!kept) return;
  const made = await db.audits.where('toolkitId').equals(id).filter((audit) => audit.toolkitVersion === version).toArray();
  if (made.length > 0) {
    const deleted = made.filter((audit) => audit.deletedAt !== null).length;
    throw new RefusedError(
      `“${kept.definition.title}” version ${version} is used by ${made.length === 1 ? 'a self-evaluation' : `${made.length} self-evaluations`}` +
        `${deleted > 0 ? ` (${deleted} recently deleted)` : ''}, so it was not removed. It can be removed once no self-evaluation uses it.`,
    );
  }
  await db.toolkits.delete([id, version]);
}
