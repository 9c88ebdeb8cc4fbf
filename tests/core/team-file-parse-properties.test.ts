/** Property tests: on any input the team file parsers return a value or a typed error and never throw; what is built reads back exactly; re-importing changes nothing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rating } from '../../src/core/audit';
import { parseInvitation, parseResponse, type TeamFileErrorKind, type TeamFileParseResult } from '../../src/core/team-file-parse';
import { INVITATION_FORMAT, RESPONSE_FORMAT, buildInvitation, buildResponse, serializeTeamFile } from '../../src/core/team-files';
import { checkResponse } from '../../src/core/team-response-check';
import { APP, NOW, attendance, makeAnswer, makeColleagueCopy, makeInvitation, makeLeadAudit, makeRespondent, makeSamsResponse, priya, sam, statementIds } from '../fixtures/team-files';

const KINDS: readonly TeamFileErrorKind[] = ['too-large', 'empty', 'not-json', 'truncated', 'not-an-invitation', 'not-a-response', 'newer-version', 'unsafe-key', 'invalid'];

/** A typed error with a message, and never the catch-all: every input is handled on purpose. */
function expectTypedError(result: TeamFileParseResult<unknown>): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(KINDS).toContain(result.error.kind);
  expect(result.error.message.length).toBeGreaterThan(20);
}

const parsers = [
  ['parseInvitation', (text: string) => parseInvitation(text, APP), serializeTeamFile(makeInvitation([sam, priya])), INVITATION_FORMAT],
  ['parseResponse', (text: string) => parseResponse(text, APP), serializeTeamFile(makeSamsResponse()), RESPONSE_FORMAT],
] as const;

/** Every leaf of a JSON document, as a path. */
function leafPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (!value || typeof value !== 'object') return [path];
  return Object.entries(value).flatMap(([key, item]) => leafPaths(item, [...path, Array.isArray(value) ? Number(key) : key]));
}

describe.each(parsers)('%s on arbitrary input', (_name, parse, validText, format) => {
  it('returns a typed error for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => expectTypedError(parse(text))), { numRuns: 1000 });
  });

  it('returns a typed error for any JSON document, and for any that claims to be this kind of file', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectTypedError(parse(JSON.stringify(value)))), { numRuns: 500 });
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.oneof(fc.jsonValue(), fc.constant(1)), (fields, schemaVersion) =>
        expectTypedError(parse(JSON.stringify({ ...fields, format, schemaVersion }))),
      ),
      { numRuns: 500 },
    );
  });

  it('calls any cut-off file incomplete', () => {
    const end = validText.trimEnd().length;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: end - 1 }), (cut) => {
        const result = parse(validText.slice(0, cut));
        expect(!result.ok && result.error.kind).toBe('truncated');
      }),
      { numRuns: 200 },
    );
  });

  it('returns a typed error when any single character is replaced, unless the file is still valid', () => {
    fc.assert(
      fc.property(fc.nat({ max: validText.length - 1 }), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), (at, char) => {
        const result = parse(validText.slice(0, at) + char + validText.slice(at + 1));
        if (!result.ok) expectTypedError(result);
      }),
      { numRuns: 300 },
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
        const result = parse(JSON.stringify(file));
        if (!result.ok) expectTypedError(result);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a "__proto__", "constructor" or "prototype" key placed in any object', () => {
    const objectPositions = [...validText.matchAll(/\{\n/g)].map((match) => match.index + 1);
    fc.assert(
      fc.property(fc.constantFrom(...objectPositions), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue(), (at, key, value) => {
        const result = parse(`${validText.slice(0, at)}"${key}": ${JSON.stringify(value)},${validText.slice(at)}`);
        expect(!result.ok && result.error.kind).toBe('unsafe-key');
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
      { numRuns: 200 },
    );
  });
});

// Full Unicode, lone surrogates and markup included: what people type must survive the trip unchanged.
const text = fc.string({ unit: 'binary', maxLength: 40 });
const anyId = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 });
const rating: fc.Arbitrary<Rating> = fc.oneof(fc.constantFrom(...attendance.scale.levels.map((level) => level.value)), fc.constant('n/a' as const), fc.constant(null));
const answers = fc.uniqueArray(fc.record({ indicatorId: fc.constantFrom(...statementIds), rating, note: text }), { selector: (answer) => answer.indicatorId, maxLength: 12 });

describe('team files built and read back', () => {
  it('an invitation round-trips exactly, whatever the names, groups and audit text', () => {
    // The groups come from the toolkit, so they are what a valid toolkit may name: kebab-case ids and titles with no space to trim.
    const groupTitle = text.filter((title) => title.length > 0 && title.trim() === title);
    const groups = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), title: groupTitle }), { selector: (group) => group.id, minLength: 1, maxLength: 4 });
    const invitationInput = groups.chain((offered) =>
      fc.record({
        groups: fc.constant(offered),
        respondents: fc.uniqueArray(fc.record({ id: anyId, name: text, groupId: fc.constantFrom(...offered.map((group) => group.id)) }), { selector: (person) => person.id, minLength: 1, maxLength: 5 }),
        audit: fc.record({ school: text, title: text, date: text, mode: fc.constantFrom('anonymous' as const, 'open' as const), scope: fc.constantFrom(undefined, 'full' as const, 'quick' as const) }),
      }),
    );
    fc.assert(
      fc.property(invitationInput, ({ groups: offered, respondents, audit: { mode, ...fields } }) => {
        const audit = makeLeadAudit({ ...fields, team: { mode, leadGroupId: 'senior-leaders' } });
        const invitation = buildInvitation({ audit, toolkit: { ...attendance, respondentGroups: offered }, respondents, appVersion: APP, now: NOW });
        expect(parseInvitation(serializeTeamFile(invitation), APP)).toEqual({ ok: true, value: invitation });
      }),
      { numRuns: 100 },
    );
  });

  it('a response round-trips exactly, and importing it again changes nothing', () => {
    fc.assert(
      fc.property(answers, text, fc.nat(), fc.nat(), (given, name, firstTime, laterTime) => {
        const person = makeRespondent(sam.id, name, sam.groupId);
        const invitation = makeInvitation([person]);
        const rows = given.map((answer) => makeAnswer(person.id, answer.indicatorId, answer.rating, answer.note));
        const response = buildResponse({ audit: makeColleagueCopy(invitation, person.id), toolkit: attendance, answers: rows, appVersion: APP, now: NOW });
        const parsed = parseResponse(serializeTeamFile(response), APP);
        expect(parsed).toEqual({ ok: true, value: response });
        if (!parsed.ok) return;

        const context = { audit: makeLeadAudit(), toolkit: attendance, respondents: [person] };
        const first = checkResponse(parsed.value, { ...context, stored: [] }, firstTime);
        if (response.answers.length === 0) {
          expect(first.ok).toBe(false);
          return;
        }
        expect(first).toMatchObject({ ok: true, change: 'new' });
        if (!first.ok) return;
        expect(first.rows.map(({ indicatorId, rating: level, note }) => ({ indicatorId, rating: level, note }))).toEqual(response.answers);

        const again = checkResponse(parsed.value, { ...context, stored: first.rows }, laterTime);
        expect(again).toEqual({ ok: true, respondent: person, change: 'unchanged', rows: first.rows });
      }),
      { numRuns: 300 },
    );
  });
});
