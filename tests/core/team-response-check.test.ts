import { describe, expect, it } from 'vitest';
import { scopeToolkit } from '../../src/core/review-scope';
import type { TeamAnswer } from '../../src/core/team';
import type { ResponseFile } from '../../src/core/team-files';
import { checkResponse, type ResponseContext } from '../../src/core/team-response-check';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { attendance, makeAnswer, makeLeadAudit, makeRespondent, makeSamsResponse, priya, sam, statementIds } from '../fixtures/team-files';

const NOW = 9_000;
const context = (overrides: Partial<ResponseContext> = {}): ResponseContext => ({ audit: makeLeadAudit(), toolkit: attendance, respondents: [sam, priya], stored: [], ...overrides });
const withAnswers = (answers: ResponseFile['answers']): ResponseFile => ({ ...makeSamsResponse(), answers });
const [first, second, third] = statementIds as [string, string, string];

function refusalOf(response: ResponseFile, overrides: Partial<ResponseContext> = {}) {
  const result = checkResponse(response, context(overrides), NOW);
  if (result.ok) throw new Error('expected a refusal');
  return result;
}

describe('checkResponse', () => {
  it('gives a first response as the respondent’s rows, in toolkit order, stamped now', () => {
    const result = checkResponse(withAnswers([{ indicatorId: second, rating: 2, note: '' }, { indicatorId: first, rating: 'n/a', note: 'No nursery.' }]), context(), NOW);
    expect(result).toEqual({
      ok: true,
      respondent: sam,
      change: 'new',
      rows: [
        { auditId: makeLeadAudit().id, respondentId: sam.id, indicatorId: first, rating: 'n/a', note: 'No nursery.', updatedAt: NOW },
        { auditId: makeLeadAudit().id, respondentId: sam.id, indicatorId: second, rating: 2, note: '', updatedAt: NOW },
      ],
    });
  });

  it('replaces a different earlier answer set whole: statements no longer answered are gone', () => {
    const stored = [makeAnswer(sam.id, first, 1), makeAnswer(sam.id, third, 4)];
    const result = checkResponse(withAnswers([{ indicatorId: first, rating: 2, note: '' }]), context({ stored }), NOW);
    expect(result).toMatchObject({ ok: true, change: 'replaced', rows: [{ indicatorId: first, rating: 2, updatedAt: NOW }] });
  });

  it('finds nothing to change when the file says what is stored, keeping the stored rows and their times', () => {
    const stored: TeamAnswer[] = [makeAnswer(sam.id, second, 2, 'Seen it.'), makeAnswer(sam.id, first, 3), makeAnswer(sam.id, third, null)];
    const result = checkResponse(withAnswers([{ indicatorId: first, rating: 3, note: '' }, { indicatorId: second, rating: 2, note: 'Seen it.' }]), context({ stored }), NOW);
    expect(result).toEqual({ ok: true, respondent: sam, change: 'unchanged', rows: [stored[1], stored[0]] });
  });

  it('counts a changed note as a change', () => {
    const stored = [makeAnswer(sam.id, first, 3, 'Old note')];
    expect(checkResponse(withAnswers([{ indicatorId: first, rating: 3, note: 'New note' }]), context({ stored }), NOW)).toMatchObject({ ok: true, change: 'replaced' });
  });

  it.each<[string, ResponseFile, Partial<ResponseContext>, RegExp]>([
    ['a response for another self-evaluation', { ...makeSamsResponse(), auditId: 'other', school: 'Elm Academy', title: 'Summer review' }, {}, /another self-evaluation: “Summer review” at Elm Academy\. Open that self-evaluation/],
    ['the same self-evaluation on another toolkit version', { ...makeSamsResponse(), toolkitVersion: '1.0.0' }, {}, /given on the toolkit attendance 1\.0\.0, but this self-evaluation now uses attendance 2\.0\.0\. Send Sam Jones a new invitation/],
    ['someone not on the list', makeSamsResponse(), { respondents: [priya] }, /Sam Jones is not on this self-evaluation’s list of people taking part/],
    ['someone on another audit’s list', makeSamsResponse(), { respondents: [{ ...sam, auditId: 'other' }] }, /Sam Jones is not on this self-evaluation’s list/],
    ['someone removed', makeSamsResponse(), { respondents: [makeRespondent(sam.id, 'Mr S Jones', 'teaching-staff', { removedAt: Date.parse('2026-11-20T12:00:00Z') })] }, /^Mr S Jones was removed from this self-evaluation on 20 November 2026\. Put them back on the Team page to count their answers\.$/],
    ['nothing answered', withAnswers([{ indicatorId: first, rating: null, note: ' ' }]), {}, /has no answers in it yet/],
    ['an import into a colleague’s own copy', makeSamsResponse(), { audit: makeLeadAudit({ invitation: { respondentId: 'r-priya', respondentName: 'Priya Shah', groupId: 'support-staff', groupTitle: 'Support and office staff', mode: 'anonymous' } }) }, /your own copy.*imported by the lead/],
  ])('refuses %s, saying so', (_label, response, overrides, message) => {
    const refusal = refusalOf(response, overrides);
    expect(refusal.message).toMatch(message);
    expect(refusal.problems).toEqual([]);
  });

  const twoLevels: Toolkit = { ...attendance, scale: { levels: attendance.scale.levels.slice(0, 2), allowNotApplicable: false } };
  it.each<[string, ResponseFile['answers'], Toolkit, string, string]>([
    ['a statement the toolkit lacks', [{ indicatorId: 'made-up', rating: 2, note: '' }], attendance, 'answers[0].indicatorId', '"made-up" is not a statement of this self-evaluation\'s toolkit'],
    ['a level off the scale', [{ indicatorId: first, rating: 2, note: '' }, { indicatorId: second, rating: 7, note: '' }], attendance, 'answers[1].rating', '7 is not a level: this toolkit rates from 1 to 4'],
    ['a level off a shorter scale', [{ indicatorId: first, rating: 3, note: '' }], twoLevels, 'answers[0].rating', '3 is not a level: this toolkit rates from 1 to 2'],
    ['"not applicable" where the toolkit has none', [{ indicatorId: first, rating: 'n/a', note: '' }], twoLevels, 'answers[0].rating', '"n/a" is not allowed: this toolkit has no "not applicable" option'],
    ['the same statement twice', [{ indicatorId: first, rating: 2, note: '' }, { indicatorId: first, rating: 3, note: '' }], attendance, 'answers[1].indicatorId', `"${first}" is answered twice (first at answers[0])`],
  ])('refuses %s, with its path', (_label, answers, toolkit, path, message) => {
    const refusal = refusalOf(withAnswers(answers), { toolkit });
    expect(refusal.problems).toContainEqual({ path, message: expect.stringContaining(message) });
    expect(refusal.message).toMatch(/^Sam Jones’s response has a problem, so none of it was imported\./);
  });

  it('checks a quick review’s response against its core statements only', () => {
    const quick = scopeToolkit(attendance, 'quick');
    const notCore = statementIds.find((id) => !quick.domains.some((domain) => domain.indicators.some((indicator) => indicator.id === id)))!;
    const refusal = refusalOf(withAnswers([{ indicatorId: notCore, rating: 2, note: '' }]), { toolkit: quick });
    expect(refusal.problems).toEqual([{ path: 'answers[0].indicatorId', message: expect.stringContaining(`"${notCore}" is not a statement`) }]);
  });

  it('lists every problem and counts them', () => {
    const refusal = refusalOf(withAnswers([{ indicatorId: 'x', rating: 1, note: '' }, { indicatorId: first, rating: 0, note: '' }, { indicatorId: first, rating: 1, note: '' }]));
    expect(refusal.problems.map((problem) => problem.path)).toEqual(['answers[0].indicatorId', 'answers[1].rating', 'answers[2].indicatorId']);
    expect(refusal.message).toMatch(/has 3 problems/);
  });

  it('names the respondent as the lead knows them, not as the file does', () => {
    const renamed = makeRespondent(sam.id, 'Year 3 teacher', 'teaching-staff');
    const refusal = refusalOf(withAnswers([{ indicatorId: first, rating: 9, note: '' }]), { respondents: [renamed] });
    expect(refusal.message).toMatch(/^Year 3 teacher’s response/);
  });
});
