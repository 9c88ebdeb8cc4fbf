import { describe, expect, it } from 'vitest';
import type { Audit } from '../../src/core/audit';
import { auditRatings, LEAD_RESPONDENT_ID, NO_TEAM, type TeamRecords } from '../../src/core/team-ratings';
import type { Respondent } from '../../src/core/team';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();
const [a1, a2] = toolkit.domains[0]!.indicators.map((indicator) => indicator.id) as [string, string];
const team = (mode: 'anonymous' | 'open' = 'anonymous'): Pick<Audit, 'team' | 'participants'> => ({ participants: 'Ms Patel', team: { mode, leadGroupId: 'senior-leaders' } });
const person = (id: string, overrides: Partial<Respondent> = {}): Respondent => ({
  auditId: 'audit', id, name: `Person ${id}`, groupId: 'teaching-staff', takesPart: 'own-device', createdAt: 1, updatedAt: 1, removedAt: null, revealed: false, finishedAt: null, ...overrides,
});
const answer = (respondentId: string, indicatorId: string, rating: number | 'n/a' | null, note = '') => ({ auditId: 'audit', respondentId, indicatorId, rating, note, updatedAt: 1 });

describe('auditRatings', () => {
  it('leaves one person’s audit exactly as rated', () => {
    const answers = { [a1]: { rating: 3, note: 'Seen in registers' } };
    expect(auditRatings(toolkit, { participants: '' }, answers, NO_TEAM)).toEqual({ answers, team: null });
  });

  it.each<[string, Record<string, { rating: number | null; note: string }>, TeamRecords, { people: string[]; a1: number | null }]>([
    ['the lead counts once they have rated', { [a1]: { rating: 4, note: '' } }, { ...NO_TEAM, respondents: [person('p1')], responses: [answer('p1', a1, 2)] }, { people: [LEAD_RESPONDENT_ID, 'p1'], a1: 2 }],
    ['a lead who has not rated is not counted', {}, { ...NO_TEAM, respondents: [person('p1')], responses: [answer('p1', a1, 2)] }, { people: ['p1'], a1: 2 }],
    ['someone removed no longer counts', {}, { ...NO_TEAM, respondents: [person('p1'), person('p2', { removedAt: 5 })], responses: [answer('p1', a1, 2), answer('p2', a1, 1)] }, { people: ['p1'], a1: 2 }],
    ['an agreed level wins over the median', {}, { respondents: [person('p1')], responses: [answer('p1', a1, 2)], agreedRatings: [{ auditId: 'audit', indicatorId: a1, rating: 4, reason: 'Agreed', updatedAt: 1 }] }, { people: ['p1'], a1: 4 }],
    ['an agreement cleared back to null leaves the median', {}, { respondents: [person('p1')], responses: [answer('p1', a1, 2)], agreedRatings: [{ auditId: 'audit', indicatorId: a1, rating: null, reason: '', updatedAt: 1 }] }, { people: ['p1'], a1: 2 }],
  ])('%s', (_name, own, records, expected) => {
    const { answers, team: view } = auditRatings(toolkit, team(), own, records);
    expect(view?.respondents.map((respondent) => respondent.id)).toEqual(expected.people);
    expect(answers[a1]?.rating ?? null).toBe(expected.a1);
  });

  it('names the groups as the toolkit does, or with the usual staff groups when it names none', () => {
    const records: TeamRecords = { ...NO_TEAM, respondents: [person('p1')], responses: [answer('p1', a1, 2)] };
    expect(auditRatings(toolkit, team(), {}, records).team?.groups.map((group) => group.title)).toEqual(['Senior leaders', 'Teaching staff', 'Support and office staff', 'Governors']);
    const own = { ...toolkit, respondentGroups: [{ id: 'teaching-staff', title: 'Class teachers' }, { id: 'pastoral', title: 'Pastoral staff' }] };
    expect(auditRatings(own, team(), {}, records).team?.groups).toEqual(own.respondentGroups);
  });

  it('gives evidence notes without names unless the team chose open mode', () => {
    const records: TeamRecords = { ...NO_TEAM, respondents: [person('p1')], responses: [answer('p1', a2, 3, 'Registers by 9:10')] };
    expect(auditRatings(toolkit, team('anonymous'), {}, records).team?.notes[a2]).toEqual([{ note: 'Registers by 9:10', groupId: 'teaching-staff', name: null }]);
    expect(auditRatings(toolkit, team('open'), {}, records).team?.notes[a2]).toEqual([{ note: 'Registers by 9:10', groupId: 'teaching-staff', name: 'Person p1' }]);
  });

  it('keeps each agreement as stored, a reason typed before any level is chosen included, while only agreed levels count', () => {
    const records: TeamRecords = {
      respondents: [person('p1')],
      responses: [answer('p1', a1, 2), answer('p1', a2, 3)],
      agreedRatings: [
        { auditId: 'audit', indicatorId: a1, rating: null, reason: 'Draft: registers by 9:10', updatedAt: 1 },
        { auditId: 'audit', indicatorId: a2, rating: 4, reason: 'Agreed', updatedAt: 1 },
      ],
    };
    const { answers, team: view } = auditRatings(toolkit, team(), {}, records);
    expect(view?.agreements).toEqual({ [a1]: { rating: null, reason: 'Draft: registers by 9:10' }, [a2]: { rating: 4, reason: 'Agreed' } });
    expect(answers[a1]).toEqual({ rating: 2, note: '' });
    expect(view?.combined.indicators.find((spread) => spread.indicatorId === a1)).toMatchObject({ source: 'median', reason: '' });
  });

  it('names who gave which rating only when the team chose open mode', () => {
    const records: TeamRecords = { ...NO_TEAM, respondents: [person('p1'), person('p2')], responses: [answer('p1', a1, 2), answer('p2', a1, 'n/a')] };
    const own = { [a1]: { rating: 4, note: '' } };
    expect(auditRatings(toolkit, team('anonymous'), own, records).team?.namedRatings).toBeNull();
    const named = auditRatings(toolkit, team('open'), own, records).team?.namedRatings;
    expect(named?.[a1]).toEqual([
      { name: 'Ms Patel', groupId: 'senior-leaders', rating: 4 },
      { name: 'Person p1', groupId: 'teaching-staff', rating: 2 },
      { name: 'Person p2', groupId: 'teaching-staff', rating: 'n/a' },
    ]);
    // Everyone counted is listed for every statement, those who have not rated it too.
    expect(named?.[a2]?.map((rating) => rating.rating)).toEqual([null, null, null]);
  });

  it('shows a group apart only when 3 of its people have answered, not when 3 were asked', () => {
    const staff = [person('p1'), person('p2'), person('p3')];
    const oneAnswered: TeamRecords = { ...NO_TEAM, respondents: staff, responses: [answer('p1', a1, 2)] };
    expect(auditRatings(toolkit, team(), {}, oneAnswered).team?.combined.groups).toEqual([{ groupId: 'teaching-staff', respondents: 1, isShown: false, domains: [] }]);
    const allAnswered: TeamRecords = { ...NO_TEAM, respondents: staff, responses: staff.map((member) => answer(member.id, a1, 2)) };
    expect(auditRatings(toolkit, team(), {}, allAnswered).team?.combined.groups[0]).toMatchObject({ respondents: 3, isShown: true });
  });

  it('leaves out the ratings and notes of people rating in turn on this device until the lead reveals them, counting them as hidden', () => {
    const records = (revealed: boolean): TeamRecords => ({
      ...NO_TEAM,
      respondents: [person('p1'), person('kim', { takesPart: 'this-device', revealed, finishedAt: 3 }), person('gone', { takesPart: 'this-device', removedAt: 4 })],
      responses: [answer('p1', a1, 2), answer('kim', a1, 4, 'Seen at the gate'), answer('gone', a1, 1)],
    });
    const hidden = auditRatings(toolkit, team(), {}, records(false));
    expect(hidden.team).toMatchObject({ hiddenRespondents: 1, notes: {} });
    expect(hidden.team?.respondents.map((respondent) => respondent.id)).toEqual(['p1']);
    expect(hidden.answers[a1]?.rating).toBe(2);
    const shown = auditRatings(toolkit, team(), {}, records(true));
    expect(shown.team?.hiddenRespondents).toBe(0);
    expect(shown.team?.respondents.map((respondent) => respondent.id)).toEqual(['p1', 'kim']);
    expect(shown.team?.combined.indicators.find((indicator) => indicator.indicatorId === a1)?.counts).toMatchObject({ 2: 1, 4: 1 });
    expect(shown.team?.notes[a1]).toEqual([{ note: 'Seen at the gate', groupId: 'teaching-staff', name: null }]);
  });
});
