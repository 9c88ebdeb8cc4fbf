import { describe, expect, it } from 'vitest';
import { serializeBackup } from '../../src/core/backup-build';
import { MAX_SUMMARY_BYTES, checkSummarySize, parseSummary, type SummaryError, type SummaryErrorKind } from '../../src/core/school-summary-parse';
import { serializeSummary } from '../../src/core/school-summary';
import { serializeTeamFile } from '../../src/core/team-files';
import { makeBackup } from '../fixtures/backups';
import { makeSamsResponse } from '../fixtures/team-files';
import { APP, attendance, makeSchoolSummary } from '../fixtures/school-summaries';

type Path = Array<string | number>;
const valid = () => JSON.parse(serializeSummary(makeSchoolSummary({ ratings: 3, workingWell: { leadership: 'Shared.' }, choices: { showcaseSectionIds: ['leadership'] } }))) as Record<string, unknown>;
const validText = serializeSummary(makeSchoolSummary());

/** The file's text with the value at `path` replaced; undefined leaves the field out. */
function withValue(path: Path, value: unknown, file = valid()): string {
  let parent = file as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return JSON.stringify(file);
}

function errorOf(text: string, appVersion = APP): SummaryError {
  const result = parseSummary(text, appVersion);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('parseSummary refuses, naming the problem and leaving only that file out', () => {
  it.each<[string, string, SummaryErrorKind, RegExp]>([
    ['an empty file', '  ', 'empty', /^The file is empty\. This file was left out\./],
    ['plain text', 'Dear council, here are our results.', 'not-json', /not in the JSON format Reflect saves\. Choose the summary files/],
    ['a cut-off file', validText.slice(0, 900), 'truncated', /incomplete: it ends part-way through.*left out\. Ask the school to share its summary again/],
    ['a backup', serializeBackup(makeBackup()), 'not-a-summary', /This is a Reflect backup, not a school’s summary/],
    ['a team response', serializeTeamFile(makeSamsResponse()), 'not-a-summary', /This is a team file \(an invitation or a response\)/],
    ['a toolkit', JSON.stringify(attendance), 'not-a-summary', /This is a toolkit file, not a school’s summary/],
    ['some other JSON', '{"hello":"world"}', 'not-a-summary', /it is JSON, but not the kind Reflect saves/],
    ['a file with __proto__', validText.replace('"school": {', '"school": { "__proto__": { "polluted": true },'), 'unsafe-key', /field named "__proto__" \(at school\)/],
    ['a newer format', withValue(['schemaVersion'], 2), 'newer-version', /newer format \(version 2\) than this version of Reflect \(1\.2\.0\)/],
    ['a field a newer app wrote', withValue(['appVersion'], '9.0.0', { ...valid(), region: 'north' }), 'newer-version', /made by a newer version of Reflect \(9\.0\.0\)/],
    ['an unknown field', JSON.stringify({ ...valid(), notes: 'Sam said…' }), 'invalid', /damaged or has been edited: Unrecognized key: "notes"/],
    ['a person’s name slipped into a statement', withValue(['sections', 0, 'statements', 0, 'who'], 'Sam Jones'), 'invalid', /sections\[0\]\.statements\[0\]: Unrecognized key: "who"/],
    ['a rating off the scale', withValue(['sections', 0, 'statements', 0, 'rating'], 7), 'invalid', /sections\[0\]\.statements\[0\]\.rating: level 7 is not on the scale/],
    ['a score that its ratings do not give', withValue(['sections', 1, 'score'], 4), 'invalid', /sections\[1\]\.score: is 4, but its ratings give 3/],
    ['a rated count that does not add up', withValue(['sections', 1, 'rated'], 2), 'invalid', /sections\[1\]\.rated: is 2, but 7 of its statements have a level/],
    ['a legal requirement whose state does not fit its rating', withValue(['legalRequirements', 0, 'state'], 'not-rated'), 'invalid', /legalRequirements\[0\]\.state: "not-rated" does not fit/],
    ['a team’s source on one person’s rating', withValue(['sections', 0, 'statements', 1, 'source'], 'agreed'), 'invalid', /source: "agreed" does not fit a one person’s rating/],
    ['a passage for a section not in the file', withValue(['showcase', 'passages', 0, 'sectionId'], 'elsewhere'), 'invalid', /showcase\.passages\[0\]\.sectionId: "elsewhere" is not one of the summary's sections/],
    ['a URN that is not one', withValue(['school', 'urn'], 'ABC'), 'invalid', /school\.urn: must be a URN of six or seven digits/],
    ['a school with no name', withValue(['school', 'name'], ' '), 'invalid', /school\.name: must not be empty/],
  ])('%s', (_name, text, kind, message) => {
    const error = errorOf(text);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('lists every problem with its path, and counts the rest in the message', () => {
    const text = withValue(['sections', 0, 'score'], 1, JSON.parse(withValue(['toolkit', 'version'], 'two')) as Record<string, unknown>);
    const error = errorOf(text);
    expect(error.problems.map((problem) => problem.path)).toEqual(['toolkit.version', 'sections[0].score']);
    expect(error.message).toMatch(/\(and 1 more problem\)/);
  });

  it('refuses a file too large before it is read, and reads one with a byte-order mark', () => {
    expect(checkSummarySize(MAX_SUMMARY_BYTES + 1)?.kind).toBe('too-large');
    expect(checkSummarySize(MAX_SUMMARY_BYTES)).toBeNull();
    expect(errorOf(' '.repeat(MAX_SUMMARY_BYTES + 1)).kind).toBe('too-large');
    expect(parseSummary(`\uFEFF${validText}`, APP).ok).toBe(true);
  });
});
