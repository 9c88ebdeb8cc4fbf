import { findToolkit, type FoundToolkit } from '../../core/find-toolkit';
import { useCatalogue } from '../../hooks/use-toolkits';

/** One toolkit version from the catalogue: undefined while loading, null when this device has no such toolkit. */
export function useToolkitVersion(toolkitId: string, version: string): FoundToolkit | null | undefined {
  const catalogue = useCatalogue();
  if (catalogue.state === 'failed') throw catalogue.error;
  if (catalogue.state === 'loading') return undefined;
  return findToolkit(catalogue.value, toolkitId, version);
}
