/**
 * The one toolkit catalogue: every definition the app knows, shipped with it
 * or kept on this device, once each by id, version and content hash. Two
 * definitions with the same id and version but different content are both
 * listed and flagged, never merged: audits made with each keep their meaning.
 * The next review offers the newest version among the entries that are not in conflict.
 */
import { compareVersions } from './compare-versions';
import { toolkitContentHash } from './toolkit-identity';
import type { Toolkit } from './toolkit-schema';

/**
 * How a toolkit came to this device: installed from a file, with a backup,
 * with a colleague's invitation, or kept when a self-evaluation was started
 * with a shipped version.
 */
export type ToolkitOrigin = { kind: 'installed'; fileName: string } | { kind: 'backup' } | { kind: 'invitation' } | { kind: 'audit' };

/** A shipped toolkit file that could not be used, and why. */
export interface ToolkitFileProblem {
  file: string;
  problems: string[];
}

export interface CatalogueEntry {
  toolkit: Toolkit;
  /** Unique in the catalogue: id@version, with the content hash when another definition has the same id and version. */
  key: string;
  isShipped: boolean;
  isKept: boolean;
  /** Another entry has the same id and version but different content. */
  hasConflict: boolean;
}

export interface Catalogue {
  /** By title, then newest version first. */
  entries: CatalogueEntry[];
  problems: ToolkitFileProblem[];
}

type Source = 'isShipped' | 'isKept';

export function buildCatalogue(shipped: readonly Toolkit[], kept: readonly Toolkit[], problems: readonly ToolkitFileProblem[] = []): Catalogue {
  const byVersion = new Map<string, { toolkit: Toolkit; source: Source }[]>();
  const add = (toolkit: Toolkit, source: Source) => {
    const key = `${toolkit.id}@${toolkit.version}`;
    byVersion.set(key, [...(byVersion.get(key) ?? []), { toolkit, source }]);
  };
  for (const toolkit of shipped) add(toolkit, 'isShipped');
  for (const toolkit of kept) add(toolkit, 'isKept');
  const entries: CatalogueEntry[] = [];
  for (const [key, definitions] of byVersion) {
    // Hashing a whole definition is slow enough to delay a phone's first screen, so only
    // definitions that share an id and version are hashed: the same content is one entry, other content a conflict.
    const byHash = new Map<string, CatalogueEntry>();
    for (const { toolkit, source } of definitions) {
      const hash = definitions.length === 1 ? '' : toolkitContentHash(toolkit);
      const entry = byHash.get(hash) ?? { toolkit, key: hash ? `${key}#${hash}` : key, isShipped: false, isKept: false, hasConflict: false };
      entry[source] = true;
      byHash.set(hash, entry);
    }
    for (const entry of byHash.values()) entries.push({ ...entry, hasConflict: byHash.size > 1 });
  }
  entries.sort((a, b) => a.toolkit.title.localeCompare(b.toolkit.title) || compareVersions(b.toolkit.version, a.toolkit.version));
  return { entries, problems: [...problems] };
}

/** What a new self-evaluation can start from: each toolkit's newest version that is not in conflict, by title. */
export function startableEntries(catalogue: Catalogue): CatalogueEntry[] {
  const newest = new Map<string, CatalogueEntry>();
  for (const entry of catalogue.entries) {
    if (entry.hasConflict) continue;
    const kept = newest.get(entry.toolkit.id);
    if (!kept || compareVersions(entry.toolkit.version, kept.toolkit.version) > 0) newest.set(entry.toolkit.id, entry);
  }
  return [...newest.values()].sort((a, b) => a.toolkit.title.localeCompare(b.toolkit.title));
}
