import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeToolkit } from '../fixtures/toolkits';

const root = resolve(import.meta.dirname, '../..');

function validate(...files: string[]) {
  const result = spawnSync('npx', ['tsx', 'scripts/validate-toolkits.ts', ...files], { cwd: root, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function writeTemp(name: string, content: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'toolkit-')), name);
  writeFileSync(file, content);
  return file;
}

// Each case starts a node process, which can take seconds on a busy machine.
describe('npm run validate:toolkits', { timeout: 30_000 }, () => {
  it('passes the shipped toolkits', () => {
    const { status, output } = validate();
    expect(output).toMatch(/✓ .*attendance\.json/);
    expect(output).toMatch(/✓ .*positive-relationships\.json/);
    expect(status).toBe(0);
  });

  it('prints every problem with its file and path, and fails', () => {
    const toolkit = makeToolkit();
    delete (toolkit.domains[0]!.indicators[1]!.descriptors as Record<string, string>)['2'];
    toolkit.domains[1]!.indicators[0]!.descriptors['3'] = toolkit.domains[1]!.indicators[0]!.descriptors['2']!;
    const broken = writeTemp('broken.json', JSON.stringify(toolkit));
    const notJson = writeTemp('not-json.json', '{ "id": ');
    const { status, output } = validate(broken, notJson);
    expect(status).toBe(1);
    expect(output).toContain('broken.json: 1 problem(s)');
    expect(output).toContain('domains[0].indicators[1].descriptors: missing level 2');
    expect(output).toContain('not-json.json: 1 problem(s)');
    expect(output).toMatch(/is not valid JSON/);
  });

  it('reports descriptors that repeat each other once the schema passes', () => {
    const toolkit = makeToolkit();
    toolkit.domains[1]!.indicators[0]!.descriptors['3'] = toolkit.domains[1]!.indicators[0]!.descriptors['2']!;
    const { status, output } = validate(writeTemp('repeats.json', JSON.stringify(toolkit)));
    expect(status).toBe(1);
    expect(output).toContain('domains[1].indicators[0].descriptors.3: repeats the descriptor for level 2');
  });
});
