/**
 * Property tests: whatever a school's records hold, its summary holds only
 * the fields on SUMMARY_FIELDS and none of what must stay at school (names,
 * evidence notes, reasons, "even better if", titles); it always reads back;
 * and the parser returns a value or a typed error for any input, never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Audit, Rating } from '../../src/core/audit';
import { parseSummary, type SummaryErrorKind, type SummaryParseResult } from '../../src/core/school-summary-parse';
import { SUMMARY_FIELDS, SUMMARY_FORMAT, buildSchoolSummary, offeredPassages, serializeSummary } from '../../src/core/school-summary';
import { auditRatings, type TeamRecords } from '../../src/core/team-ratings';
import { APP, NOW, attendance, makeSchoolSummary, statementIds } from '../fixtures/school-summaries';

/** Text that must never reach the file: marked so that it cannot be mistaken for the toolkit's own words. */
const secret = fc.string({ maxLength: 12 }).map((text) => `⟦secret ${text}⟧`);
const rating: fc.Arbitrary<Rating> = fc.constantFrom<Rating>(1, 2, 3, 4, 'n/a', null);
const sectionIds = attendance.domains.map((domain) => domain.id);

const records = fc.record({
  school: fc.string({ minLength: 1, maxLength: 40 }).filter((name) => name.trim() !== '' && !name.includes('⟦')),
  urn: fc.oneof(fc.constant(''), fc.stringMatching(/^\d{6}$/)),
  title: secret,
  participants: secret,
  extra: secret,
  isTeam: fc.boolean(),
  mode: fc.constantFrom('anonymous' as const, 'open' as const),
  own: fc.array(fc.tuple(rating, secret), { minLength: statementIds.length, maxLength: statementIds.length }),
  people: fc.array(fc.tuple(secret, fc.array(fc.tuple(rating, secret), { minLength: statementIds.length, maxLength: statementIds.length })), { maxLength: 4 }),
  agreed: fc.array(fc.tuple(fc.constantFrom(...statementIds), fc.constantFrom(1, 2, 3, 4), secret), { maxLength: 6 }),
  workingWell: fc.array(fc.tuple(fc.constantFrom(...sectionIds), fc.string({ minLength: 1, maxLength: 60 }).filter((text) => !text.includes('⟦'))), { maxLength: 7 }),
  evenBetterIf: secret,
  ticks: fc.subarray(sectionIds),
  credit: fc.constantFrom('named' as const, 'unnamed' as const),
});

type Records = typeof records extends fc.Arbitrary<infer T> ? T : never;

function build(input: Records) {
  const audit = {
    id: 'a-self-evaluation', toolkitId: attendance.id, toolkitVersion: attendance.version, school: input.school, title: input.title, date: '2026-11-25',
    participants: input.participants, status: 'complete', basedOnAuditId: null, priorityDomainIds: [], createdAt: 1, updatedAt: 2, deletedAt: null,
    ...(input.isTeam ? { team: { mode: input.mode, leadGroupId: 'senior-leaders' } } : {}),
    // A field no audit has today stands for any added later: the builder must not carry it along.
    secretField: input.extra,
  } as Audit;
  const answers = Object.fromEntries(statementIds.map((id, index) => [id, { rating: input.own[index]![0], note: input.own[index]![1] }]));
  const team: TeamRecords = {
    respondents: input.people.map(([name], index) => ({ auditId: audit.id, id: `p${index}`, name, groupId: 'teaching-staff', takesPart: 'own-device', createdAt: 1, updatedAt: 1, removedAt: null, revealed: false, finishedAt: null })),
    responses: input.people.flatMap(([, given], index) => given.map(([level, note], at) => ({ auditId: audit.id, respondentId: `p${index}`, indicatorId: statementIds[at]!, rating: level, note, updatedAt: 1 }))),
    agreedRatings: input.agreed.map(([indicatorId, level, reason]) => ({ auditId: audit.id, indicatorId, rating: level, reason, updatedAt: 1 })),
  };
  const reflections = input.workingWell.map(([domainId, workingWell]) => ({ auditId: audit.id, domainId, workingWell, evenBetterIf: input.evenBetterIf, updatedAt: 1 }));
  const offered = new Set(offeredPassages(attendance, reflections).map((passage) => passage.sectionId));
  return buildSchoolSummary({
    audit,
    toolkit: attendance,
    ratings: auditRatings(attendance, audit, answers, input.isTeam ? team : { respondents: [], responses: [], agreedRatings: [] }),
    reflections,
    choices: { urn: input.urn, showcaseSectionIds: input.ticks.filter((id) => offered.has(id)), credit: input.credit },
    appVersion: APP,
    now: NOW,
  });
}

/** Every leaf of a value as a field path, list items written `[]`: `sections[].statements[].rating`. */
function fieldPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((item) => fieldPaths(item, `${path}[]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => fieldPaths(item, path ? `${path}.${key}` : key));
  return [path];
}

describe('buildSchoolSummary on any school’s records', () => {
  it('holds only the fields on its list, none of what stays at school, and reads back', () => {
    const allowed = new Set<string>(SUMMARY_FIELDS);
    fc.assert(
      fc.property(records, (input) => {
        const summary = build(input);
        for (const path of fieldPaths(summary)) expect(allowed, path).toContain(path);
        const text = serializeSummary(summary);
        expect(text).not.toContain('⟦secret');
        expect(parseSummary(text, APP)).toEqual({ ok: true, value: summary });
      }),
      { numRuns: 150 },
    );
  });
});

const KINDS: readonly SummaryErrorKind[] = ['too-large', 'empty', 'not-json', 'truncated', 'not-a-summary', 'newer-version', 'unsafe-key', 'invalid'];

function expectTypedError(result: SummaryParseResult): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(KINDS).toContain(result.error.kind);
  expect(result.error.message).toMatch(/\. /);
}

/** Every leaf of a JSON document, as a path of keys. */
function leafPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (!value || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, Array.isArray(value) ? Number(key) : key]));
}

describe('parseSummary on any input', () => {
  const validText = serializeSummary(makeSchoolSummary({ workingWell: { leadership: 'Shared.' }, choices: { showcaseSectionIds: ['leadership'] } }));

  it('returns a typed error for any string and any JSON, and for any that claims to be a summary', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectTypedError(parseSummary(text, APP))), { numRuns: 500 });
    fc.assert(fc.property(fc.jsonValue(), (value) => expectTypedError(parseSummary(JSON.stringify(value), APP))), { numRuns: 300 });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.oneof(fc.jsonValue(), fc.constant(1)), (fields, schemaVersion) =>
        expectTypedError(parseSummary(JSON.stringify({ ...fields, format: SUMMARY_FORMAT, schemaVersion }), APP)),
      ),
      { numRuns: 300 },
    );
  });

  it('calls any cut-off file incomplete', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: validText.trimEnd().length - 1 }), (cut) => {
        const result = parseSummary(validText.slice(0, cut), APP);
        expect(!result.ok && result.error.kind).toBe('truncated');
      }),
      { numRuns: 200 },
    );
  });

  it('returns a typed error when any field gets a value of any other kind, unless the file is still valid', () => {
    const paths = leafPaths(JSON.parse(validText));
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, replacement) => {
        const file = JSON.parse(validText) as Record<string | number, unknown>;
        let parent = file;
        for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
        parent[path.at(-1)!] = replacement;
        const result = parseSummary(JSON.stringify(file), APP);
        if (!result.ok) expectTypedError(result);
      }),
      { numRuns: 300 },
    );
  });
});
