import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import { serializeBackup } from '../../src/core/backup-build';
import { invitationSchema, responseSchema } from '../../src/core/team-file-schema';
import {
  MAX_INVITATION_BYTES,
  MAX_RESPONSE_BYTES,
  checkInvitationSize,
  checkResponseSize,
  parseInvitation,
  parseResponse,
  type TeamFileError,
  type TeamFileParseResult,
} from '../../src/core/team-file-parse';
import { serializeTeamFile, type Invitation, type ResponseFile } from '../../src/core/team-files';
import { makeBackup } from '../fixtures/backups';
import { APP, attendance, makeInvitation, makeSamsResponse, priya, sam } from '../fixtures/team-files';

type Path = Array<string | number>;
const invitationJson = () => JSON.parse(serializeTeamFile(makeInvitation([sam, priya]))) as Record<string, unknown>;
const responseJson = () => JSON.parse(serializeTeamFile(makeSamsResponse())) as Record<string, unknown>;

/** The file's text with the value at `path` replaced; undefined leaves the field out. */
function withValue(file: Record<string, unknown>, path: Path, value: unknown): string {
  let parent = file as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[path.at(-1)!] = value;
  return JSON.stringify(file);
}
const samInFile = { id: sam.id, name: sam.name, groupId: sam.groupId };
const invitationText = serializeTeamFile(makeInvitation([sam, priya]));
const responseText = serializeTeamFile(makeSamsResponse());

function errorOf<T>(result: TeamFileParseResult<T>): TeamFileError {
  if (result.ok) throw new Error('expected an error');
  return result.error;
}
const invitationError = (text: string) => errorOf(parseInvitation(text, APP));
const responseError = (text: string) => errorOf(parseResponse(text, APP));

describe('team file schemas', () => {
  it('give exactly the types the builders write', () => {
    expectTypeOf<z.infer<typeof invitationSchema>>().toEqualTypeOf<Invitation>();
    expectTypeOf<z.infer<typeof responseSchema>>().toEqualTypeOf<ResponseFile>();
  });
});

describe('parseInvitation', () => {
  it('reads back exactly what was built, byte-order mark and all', () => {
    expect(parseInvitation(invitationText, APP)).toEqual({ ok: true, value: makeInvitation([sam, priya]) });
    expect(parseInvitation(`\uFEFF ${invitationText}`, APP).ok).toBe(true);
  });

  it.each([
    ['an empty file', '', 'empty', /file is empty\. Choose the invitation file/],
    ['plain text', 'Dear colleague, please rate.', 'not-json', /not a Reflect invitation: it is not in the JSON format/],
    ['a cut-off file', invitationText.slice(0, 4000), 'truncated', /incomplete.*Ask the lead to send the invitation again/],
    ['a response file', responseText, 'not-an-invitation', /This is a response file: one person’s answers, which the lead imports/],
    ['a backup', serializeBackup(makeBackup()), 'not-an-invitation', /This is a Reflect backup, not an invitation: restore backups in Settings/],
    ['a toolkit file', JSON.stringify(attendance), 'not-an-invitation', /This is a toolkit file, not an invitation/],
    ['JSON that is not ours', '{"name":"my-app"}', 'not-an-invitation', /JSON, but not the kind Reflect saves/],
    ['a JSON array', '[1,2]', 'not-an-invitation', /JSON, but not the kind/],
    ['a prototype key', invitationText.replace('"audit": {', '"audit": {"__proto__": {"polluted": true},'), 'unsafe-key', /field named "__proto__" \(at audit\)/],
  ])('refuses %s', (_label, text, kind, message) => {
    const error = invitationError(text);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('refuses a newer format, naming both versions', () => {
    const fromNewerApp = invitationError(JSON.stringify({ ...invitationJson(), schemaVersion: 2, appVersion: '3.0.0' }));
    expect(fromNewerApp).toMatchObject({ kind: 'newer-version', message: expect.stringContaining(`newer version of Reflect (3.0.0) than this one (${APP})`) });
    const sameApp = invitationError(JSON.stringify({ ...invitationJson(), schemaVersion: 2 }));
    expect(sameApp.message).toMatch(/newer format \(version 2\).*reads format 1/);
  });

  it('calls a field it does not know from a newer app a newer version, not damage', () => {
    const error = invitationError(JSON.stringify({ ...invitationJson(), appVersion: '9.0.0', kioskCode: 'x' }));
    expect(error.kind).toBe('newer-version');
  });

  it.each<[string, Path, unknown, string, RegExp]>([
    ['nobody invited', ['respondents'], [], 'respondents', /at least one person/],
    ['a respondent twice', ['respondents'], [samInFile, samInFile], 'respondents[1].id', /duplicate respondent id "r-sam"/],
    ['a respondent in no group of the file', ['respondents', 1, 'groupId'], 'governors', 'respondents[1].groupId', /"governors" is not one of the file's groups/],
    ['a group twice', ['groups'], [{ id: 'a', title: 'A' }, { id: 'a', title: 'B' }], 'groups[1].id', /duplicate group id "a"/],
    ['another toolkit than the audit’s', ['toolkit', 'version'], '2.1.0', 'toolkit.version', /is 2.1.0, but the self-evaluation was made with version 2.0.0/],
    ['a broken toolkit', ['toolkit', 'domains', 0, 'indicators', 0, 'evidencePrompts'], [], 'toolkit.domains[0].indicators[0].evidencePrompts', /at least one evidence prompt/],
    ['an unknown mode', ['audit', 'mode'], 'secret', 'audit.mode', /"anonymous"\|"open"/],
    ['an unknown field', ['audit', 'lead'], 'Head', 'audit', /"lead"/],
    ['no audit id', ['audit', 'id'], undefined, 'audit.id', /expected string/],
    ['a made-up date', ['createdAt'], 'yesterday', 'createdAt', /date and time/],
  ])('refuses an invitation with %s, naming the path', (_label, at, value, path, message) => {
    const error = invitationError(withValue(invitationJson(), at, value));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/^The invitation file is damaged or has been edited: .*Nothing was opened\.$/);
    expect(error.problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('lists every problem, and counts them in the message', () => {
    const file = invitationJson();
    withValue(file, ['respondents', 0, 'name'], 7);
    const error = invitationError(withValue(file, ['groups', 0, 'title'], null));
    expect(error.problems.map((problem) => problem.path)).toEqual(['respondents[0].name', 'groups[0].title']);
    expect(error.message).toContain('(and 1 more problem)');
  });

  it('checks size before reading', () => {
    expect(checkInvitationSize(MAX_INVITATION_BYTES)).toBeNull();
    expect(checkInvitationSize(MAX_INVITATION_BYTES + 1)).toMatchObject({ kind: 'too-large', message: expect.stringMatching(/too large \(5\.0 MB\).*largest accepted is 5\.0 MB/) });
    expect(invitationError(' '.repeat(MAX_INVITATION_BYTES + 1)).kind).toBe('too-large');
  });
});

describe('parseResponse', () => {
  it('reads back exactly what was built', () => {
    expect(parseResponse(responseText, APP)).toEqual({ ok: true, value: makeSamsResponse() });
  });

  it.each([
    ['an empty file', '\uFEFF', 'empty', /file is empty\. Choose a response file a colleague sent back/],
    ['a spreadsheet', 'statement,rating\nlead,3', 'not-json', /not a Reflect response/],
    ['a cut-off file', responseText.slice(0, responseText.length - 10), 'truncated', /Ask your colleague to save their response and send it again/],
    ['an invitation', invitationText, 'not-a-response', /This is an invitation file, which a colleague opens on their own device/],
    ['a backup', serializeBackup(makeBackup()), 'not-a-response', /This is a Reflect backup, not a response/],
    ['a toolkit file', JSON.stringify(attendance), 'not-a-response', /toolkit file, not a response/],
    ['a constructor key', responseText.replace('"respondent": {', '"respondent": {"constructor": 1,'), 'unsafe-key', /"constructor" \(at respondent\).*Nothing was imported/],
    ['a newer format', withValue(responseJson(), ['schemaVersion'], 4), 'newer-version', /newer format \(version 4\)/],
  ])('refuses %s', (_label, text, kind, message) => {
    const error = responseError(text);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it.each<[string, Path, unknown, string, RegExp]>([
    ['a rating that is a word', ['answers', 3, 'rating'], 'good', 'answers[3].rating', /^must be a level number, "n\/a" or null$/],
    ['a rating of half a level', ['answers', 0, 'rating'], 2.5, 'answers[0].rating', /^must be a level number/],
    ['a note that is not text', ['answers', 1, 'note'], 4, 'answers[1].note', /expected string/],
    ['no respondent id', ['respondent', 'id'], '', 'respondent.id', /must not be empty/],
    ['no audit id', ['auditId'], undefined, 'auditId', /expected string/],
    ['an unknown field in an answer', ['answers', 0, 'evidence'], 'x', 'answers[0]', /"evidence"/],
  ])('refuses a response with %s, naming the path', (_label, at, value, path, message) => {
    const error = responseError(withValue(responseJson(), at, value));
    expect(error.kind).toBe('invalid');
    expect(error.message).toMatch(/^The response file is damaged or has been edited: .*Nothing was imported\.$/);
    expect(error.problems).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('checks size before reading', () => {
    expect(checkResponseSize(MAX_RESPONSE_BYTES)).toBeNull();
    expect(checkResponseSize(3 * MAX_RESPONSE_BYTES)?.message).toMatch(/too large \(3\.0 MB\). A Reflect response is much smaller; the largest accepted is 1\.0 MB/);
    expect(responseError(`${responseText}${' '.repeat(MAX_RESPONSE_BYTES)}`).kind).toBe('too-large');
  });
});
