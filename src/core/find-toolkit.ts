/**
 * One toolkit version out of the catalogue, for the pages that show it whole.
 * Two definitions may share an id and version with different content (one
 * shipped, one from a backup, say): the page shows the shipped one, or the
 * first, and says that the other exists, rather than choosing silently.
 */
import { startableEntries, type Catalogue, type CatalogueEntry } from './toolkit-catalogue';

export interface FoundToolkit {
  entry: CatalogueEntry;
  /** Other definitions with the same id and version but different content. */
  otherCount: number;
  /**
   * The version a new self-evaluation with this toolkit starts from (the
   * newest not in conflict): this entry, another version, or none at all.
   */
  startsWith: CatalogueEntry | null;
}

export function findToolkit(catalogue: Catalogue, toolkitId: string, version: string): FoundToolkit | null {
  const matches = catalogue.entries.filter((entry) => entry.toolkit.id === toolkitId && entry.toolkit.version === version);
  const entry = matches.find((candidate) => candidate.isShipped) ?? matches[0];
  if (!entry) return null;
  const startsWith = startableEntries(catalogue).find((candidate) => candidate.toolkit.id === toolkitId) ?? null;
  return { entry, otherCount: matches.length - 1, startsWith };
}
