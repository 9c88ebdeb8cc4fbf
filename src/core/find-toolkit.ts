/**
 * One toolkit version out of the catalogue, for the pages that show it whole.
 * Two definitions may share an id and version with different content (one
 * shipped, one from a backup, say): the page shows the shipped one, or the
 * first, and says that the other exists, rather than choosing silently.
 */
import type { Catalogue, CatalogueEntry } from './toolkit-catalogue';

export interface FoundToolkit {
  entry: CatalogueEntry;
  /** Other definitions with the same id and version but different content. */
  otherCount: number;
}

export function findToolkit(catalogue: Catalogue, toolkitId: string, version: string): FoundToolkit | null {
  const matches = catalogue.entries.filter((entry) => entry.toolkit.id === toolkitId && entry.toolkit.version === version);
  const entry = matches.find((candidate) => candidate.isShipped) ?? matches[0];
  return entry ? { entry, otherCount: matches.length - 1 } : null;
}
