import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/parse-toolkit';
import { checkInstall, checkToolkitFileSize, MAX_TOOLKIT_BYTES, parseToolkitJson } from '../../src/core/toolkit-file';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

const attendanceText = readFileSync(resolve(import.meta.dirname, '../../toolkits/attendance.json'), 'utf8');
const attendance = JSON.parse(attendanceText) as Toolkit;

function problemsOf(text: string): string[] {
  const result = parseToolkitJson(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.problems.map(formatProblem);
}

describe('parseToolkitJson', () => {
  it('reads a shipped toolkit file as it is', () => {
    expect(parseToolkitJson(attendanceText)).toEqual({ ok: true, value: attendance });
  });

  it.each([
    ['text that is not JSON', 'Domain,Statement\nRegisters,On time', 'This file is not a toolkit: it is not JSON, the toolkit format, nor an Excel workbook (.xlsx).'],
    ['a file cut off part-way', attendanceText.slice(0, 500), 'The file seems to be cut off part-way through. Try saving or downloading it again.'],
    ['a backup', '{"format":"reflect-backup","schemaVersion":3}', 'This is a Reflect backup, not a toolkit. Restore it on the settings page.'],
    ['an invitation', '{"format":"reflect-invitation"}', 'This is an invitation to rate a colleague’s self-evaluation, not a toolkit. Open it from the home page.'],
    ['a list, not a toolkit', '[1, 2]', expect.stringContaining('expected object')],
  ])('refuses %s, saying what it is', (_name, text, message) => {
    expect(problemsOf(text)).toEqual([message]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses a file holding the key %s anywhere, naming where', (key) => {
    const text = attendanceText.replace('"statement":', `"${key}": {"polluted": true}, "statement":`);
    expect(problemsOf(text)).toEqual([`domains[0].indicators[0]: holds the key "${key}", which a toolkit never has, so the file was not read`]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lists every problem of the shape at once, each with its path', () => {
    const broken = structuredClone(attendance);
    broken.domains[1]!.indicators[0]!.id = 'Has spaces';
    broken.domains[0]!.title = '  ';
    expect(problemsOf(JSON.stringify(broken))).toEqual([
      'domains[0].title: must not be empty',
      'domains[1].indicators[0].id: must be kebab-case: lower-case letters, digits and single hyphens',
    ]);
  });

  it('lists every problem across the toolkit at once, each with its path', () => {
    const broken = structuredClone(attendance);
    delete (broken.domains[0]!.indicators[0]!.descriptors as Record<string, string>)['3'];
    broken.domains[1]!.indicators[1]!.id = broken.domains[1]!.indicators[0]!.id;
    expect(problemsOf(JSON.stringify(broken))).toEqual([
      'domains[0].indicators[0].descriptors: missing level 3',
      `domains[1].indicators[1].id: duplicate indicator id "${attendance.domains[1]!.indicators[0]!.id}"`,
    ]);
  });

  it('refuses a toolkit the shipped ones’ editorial rules would refuse', () => {
    // The test toolkit's success measures do not say by when.
    expect(problemsOf(JSON.stringify(makeToolkit()))).toContain(
      'domains[0].indicators[0].suggestedActions[0].successMeasure: does not say by when (a date, a term or a named event)',
    );
  });

  it('keeps markup in the text as the characters typed', () => {
    const marked = structuredClone(attendance);
    marked.title = '<script>alert(1)</script> & <b>bold</b>';
    const result = parseToolkitJson(JSON.stringify(marked));
    expect(result.ok && result.value.title).toBe('<script>alert(1)</script> & <b>bold</b>');
  });
});

describe('checkToolkitFileSize', () => {
  it('refuses an empty file and one over the limit before it is read', () => {
    expect(checkToolkitFileSize(0)?.message).toBe('The file is empty.');
    expect(checkToolkitFileSize(MAX_TOOLKIT_BYTES)).toBeNull();
    expect(checkToolkitFileSize(20 * 1024 * 1024)?.message).toBe('The file is too large (20 MB). A toolkit is much smaller; the largest accepted is 5.0 MB.');
  });
});

describe('checkInstall', () => {
  const at = (version: string, title = attendance.title): Toolkit => ({ ...attendance, version, title });

  it.each<[string, Toolkit, Toolkit[], ReturnType<typeof checkInstall>]>([
    ['nothing with its id', at('2.0.0'), [makeToolkit()], { kind: 'new' }],
    ['the same content again, key order aside', JSON.parse(JSON.stringify(at('2.0.0'))) as Toolkit, [at('2.0.0')], { kind: 'already-here' }],
    ['the same id and version with other content', at('2.0.0', 'Edited'), [at('2.0.0')], { kind: 'conflict' }],
    ['a newer version', at('2.10.0'), [at('2.9.0'), at('1.0.0')], { kind: 'other-version', versionsHere: ['1.0.0', '2.9.0'], isNewest: true }],
    ['an older version', at('1.5.0'), [at('2.0.0')], { kind: 'other-version', versionsHere: ['2.0.0'], isNewest: false }],
  ])('%s', (_name, toolkit, here, expected) => {
    expect(checkInstall(toolkit, here)).toEqual(expected);
  });
});
