/**
 * The toolkits shipped with the app. Each file is its own chunk (precached for
 * offline use) and is checked with the same parser as an imported toolkit.
 */
import { formatProblem, parseToolkit } from '../core/parse-toolkit';
import type { Toolkit } from '../core/toolkit-schema';

const files = import.meta.glob<unknown>(['../../toolkits/*.json', '!../../toolkits/toolkit.schema.json'], {
  import: 'default',
});

let loading: Promise<Toolkit[]> | undefined;

async function loadAll(): Promise<Toolkit[]> {
  const toolkits = await Promise.all(
    Object.entries(files).map(async ([path, load]) => {
      const parsed = parseToolkit(await load());
      if (!parsed.ok) {
        throw new Error(`The toolkit ${path} is not valid: ${parsed.problems.map(formatProblem).join('; ')}`);
      }
      return parsed.value;
    }),
  );
  return toolkits.sort((a, b) => a.title.localeCompare(b.title));
}

export function listToolkits(): Promise<Toolkit[]> {
  loading ??= loadAll();
  return loading;
}
