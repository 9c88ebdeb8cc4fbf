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

  it('prints what a content reviewer wants to know about a valid toolkit', () => {
    const toolkit = makeToolkit();
    for (const domain of toolkit.domains) {
      for (const indicator of domain.indicators) indicator.suggestedActions[0]!.successMeasure = 'All staff use it by the end of the spring term.';
    }
    toolkit.domains[0]!.indicators[0]!.legalDuty = { duty: 'Schools must do this.', source: 'Regulations 2024, reg 1', metFromLevel: 3 };
    toolkit.domains[1]!.indicators[1]!.descriptors['4'] = 'Staff, governors and families know it.';
    const { status, output } = validate(writeTemp('report.json', JSON.stringify(toolkit)));
    expect(output).toContain('test-toolkit 1.0.0: 2 domains, 5 statements (0 core), 1 legal duties');
    expect(output).toContain('full review: 5 statements, 106 words: about 5 min to read, 10 min to rate together');
    expect(output).toContain('level-4 descriptors listing three or more conditions: 1');
    expect(status).toBe(0);
  });
});
