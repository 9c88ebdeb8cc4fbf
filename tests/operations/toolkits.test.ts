import { describe, expect, it } from 'vitest';
import { loadShipped } from '../../src/operations/toolkits';
import { makeToolkit } from '../fixtures/toolkits';

describe('loadShipped', () => {
  it('reports a bad shipped file by name and still loads the others', async () => {
    const good = makeToolkit();
    const shipped = await loadShipped({
      '../../toolkits/good.json': () => Promise.resolve(good),
      '../../toolkits/broken.json': () => Promise.resolve({ ...good, domains: 'none' }),
      '../../toolkits/unreachable.json': () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
    });
    expect(shipped.toolkits).toEqual([good]);
    expect(shipped.problems.map((problem) => problem.file)).toEqual(['broken.json', 'unreachable.json']);
    expect(shipped.problems[0]!.problems.join(' ')).toContain('domains');
    expect(shipped.problems[1]!.problems).toEqual(['Failed to fetch dynamically imported module']);
  });

  it('loads the toolkits this app ships, each one valid', async () => {
    const { listShippedToolkits } = await import('../../src/operations/toolkits');
    const shipped = await listShippedToolkits();
    expect(shipped.problems).toEqual([]);
    expect(shipped.toolkits.map((toolkit) => toolkit.id).sort()).toEqual(['attendance', 'positive-relationships']);
  });
});
