import { describe, expect, it } from 'vitest';
import { normaliseSchoolName, planSummaryImport, roundsBySchool, schoolKeyOf } from '../../src/core/imported-summary';
import { parseSummary } from '../../src/core/school-summary-parse';
import { serializeSummary, type SchoolSummary } from '../../src/core/school-summary';
import { APP, makeImported, makeSchoolSummary } from '../fixtures/school-summaries';

const file = (fileName: string, summary: SchoolSummary | string) => ({ fileName, result: parseSummary(typeof summary === 'string' ? summary : serializeSummary(summary), APP) });
const at = (iso: string) => new Date(iso);

describe('schoolKeyOf', () => {
  it.each([
    ['a URN wins over the name', { name: 'Oak Primary', urn: '123456' }, 'urn:123456'],
    ['otherwise the name, however it is spelt', { name: '  St Mary’s  C.E. Primary ', urn: null }, 'name:st marys ce primary'],
  ])('%s', (_name, school, key) => {
    expect(schoolKeyOf({ school })).toBe(key);
  });

  it('treats case, spaces and punctuation as the same name', () => {
    expect(normaliseSchoolName("ST MARY'S   ce primary")).toBe(normaliseSchoolName('St Mary’s C.E. Primary'));
  });
});

describe('roundsBySchool', () => {
  it('gives each school its latest self-evaluation and the one before, by date and then by when the file was made', () => {
    const rows = [
      makeImported({ auditId: 'b', date: '2027-03-01' }),
      makeImported({ auditId: 'a', date: '2026-10-01' }),
      makeImported({ auditId: 'c', date: '2027-03-01', now: at('2027-03-02T09:00:00Z') }),
      makeImported({ school: 'Elm', auditId: 'elm' }),
    ];
    expect(roundsBySchool(rows).map((round) => [round.schoolKey, round.latest.selfEvaluation.id, round.previous?.selfEvaluation.id ?? null])).toEqual([
      ['name:oak primary', 'c', 'b'],
      ['name:elm', 'elm', null],
    ]);
  });
});

describe('planSummaryImport', () => {
  const first = makeSchoolSummary({ auditId: 'oak', now: at('2026-12-01T10:00:00Z') });
  const newer = makeSchoolSummary({ auditId: 'oak', ratings: 4, now: at('2026-12-02T10:00:00Z') });
  const elm = makeSchoolSummary({ school: 'Elm', auditId: 'elm' });

  it('adds new summaries, replaces one with a newer file of the same self-evaluation, and keeps the newer of two', () => {
    const kept = new Map([['oak', first]]);
    const plan = planSummaryImport(kept, [file('elm.json', elm), file('oak-new.json', newer), file('oak-old.json', first)], 5_000);
    expect(plan.outcomes.map((outcome) => [outcome.fileName, outcome.kind])).toEqual([
      ['elm.json', 'added'],
      ['oak-new.json', 'replaced'],
      ['oak-old.json', 'not-newer'],
    ]);
    expect(plan.outcomes[2]).toMatchObject({ message: expect.stringMatching(/among these files/) });
    expect(plan.toPut.map((row) => [row.selfEvaluationId, row.summary.createdAt, row.importedAt])).toEqual([
      ['elm', elm.createdAt, 5_000],
      ['oak', newer.createdAt, 5_000],
    ]);
  });

  it('changes nothing when the same file comes again, or an older one', () => {
    const plan = planSummaryImport(new Map([['oak', newer]]), [file('again.json', newer), file('older.json', first)], 5_000);
    expect(plan.toPut).toEqual([]);
    expect(plan.outcomes.map((outcome) => outcome.kind)).toEqual(['not-newer', 'not-newer']);
    expect(plan.outcomes[0]).toMatchObject({ message: expect.stringMatching(/already here/) });
  });

  it('refuses a damaged file on its own and still takes the rest', () => {
    const plan = planSummaryImport(new Map(), [file('broken.json', serializeSummary(elm).slice(0, 200)), file('elm.json', elm), file('notes.txt', 'hello')], 5_000);
    expect(plan.outcomes.map((outcome) => [outcome.fileName, outcome.kind])).toEqual([
      ['broken.json', 'refused'],
      ['elm.json', 'added'],
      ['notes.txt', 'refused'],
    ]);
    expect(plan.outcomes[0]).toMatchObject({ message: expect.stringMatching(/^The file is incomplete/) });
    expect(plan.toPut).toHaveLength(1);
  });
});
