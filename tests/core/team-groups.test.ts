import { describe, expect, it } from 'vitest';
import type { Audit } from '../../src/core/audit';
import type { Respondent } from '../../src/core/team';
import { compareGroups, describeTakingPart, SMALL_GROUP_TEXT } from '../../src/core/team-groups';
import { auditRatings, NO_TEAM, type TeamView } from '../../src/core/team-ratings';
import { makeToolkit } from '../fixtures/toolkits';

const toolkit = makeToolkit();
const audit: Pick<Audit, 'team' | 'participants'> = { participants: 'Ms Patel', team: { mode: 'anonymous', leadGroupId: 'senior-leaders' } };

/** A team: for each group, how many rated (each giving `level` to a1, and to b1 when `rateSecond`), and how many were asked but have not rated. */
function teamOf(groups: Record<string, { rated: number; waiting?: number; level?: number; rateSecond?: number }>, extra: Partial<Respondent> = {}): TeamView {
  const respondents: Respondent[] = [];
  const responses: { auditId: string; respondentId: string; indicatorId: string; rating: number; note: string; updatedAt: number }[] = [];
  for (const [groupId, group] of Object.entries(groups)) {
    for (let index = 0; index < group.rated + (group.waiting ?? 0); index++) {
      const id = `${groupId}-${index}`;
      respondents.push({ auditId: 'audit', id, name: id, groupId, takesPart: 'own-device', createdAt: 1, updatedAt: 1, removedAt: null, revealed: false, finishedAt: null, ...extra });
      if (index >= group.rated) continue;
      responses.push({ auditId: 'audit', respondentId: id, indicatorId: 'a1', rating: group.level ?? 2, note: '', updatedAt: 1 });
      if (index < (group.rateSecond ?? 0)) responses.push({ auditId: 'audit', respondentId: id, indicatorId: 'b1', rating: 4, note: '', updatedAt: 1 });
    }
  }
  return auditRatings(toolkit, audit, {}, { ...NO_TEAM, respondents, responses }).team!;
}

const sections = toolkit.domains;

describe('compareGroups', () => {
  it('sets two groups of three or more side by side, and says why a smaller one is not', () => {
    const found = compareGroups(sections, teamOf({ 'senior-leaders': { rated: 3, level: 4, rateSecond: 3 }, 'teaching-staff': { rated: 4, level: 2, rateSecond: 2 }, governors: { rated: 1 } }));
    expect(found.counts.map(({ title, asked, answered, isShown }) => [title, asked, answered, isShown])).toEqual([
      ['Senior leaders', 3, 3, true],
      ['Teaching staff', 4, 4, true],
      ['Governors', 1, 1, false],
    ]);
    expect(found.compared.map((group) => [group.title, group.medians.map((median) => median.text)])).toEqual([
      ['Senior leaders', ['4.0', '4.0']],
      // Only two of the four teaching staff rated the second section: its median for them would show those two.
      ['Teaching staff', ['2.0', null]],
    ]);
    expect(found.notShown.map((group) => group.title)).toEqual(['Governors']);
    expect(found.notShownText).toBe(SMALL_GROUP_TEXT);
    expect(found.noComparisonText).toBeNull();
  });

  it('says a section nobody in a group rated is not rated, and one too few rated is not shown', () => {
    const found = compareGroups(sections, teamOf({ 'senior-leaders': { rated: 3, rateSecond: 0 }, 'teaching-staff': { rated: 3, rateSecond: 1 } }));
    expect(found.compared.map((group) => group.medians[1]!.text)).toEqual(['Not rated', null]);
  });

  it.each<[string, Parameters<typeof teamOf>[0], string | null, boolean]>([
    ['every group large enough', { 'senior-leaders': { rated: 3 }, 'teaching-staff': { rated: 3 } }, null, false],
    ['one group large enough, the other not: nothing is compared', { 'senior-leaders': { rated: 1 }, 'teaching-staff': { rated: 3 } }, 'Only Teaching staff has 3 or more people who answered. Its scores are not shown apart either: set beside the whole team’s, they would show what the others rated.', true],
    ['no group large enough', { 'senior-leaders': { rated: 2 }, 'teaching-staff': { rated: 2 } }, 'No group has 3 or more people who answered yet, so groups cannot be compared.', true],
    ['everyone who answered in one group', { 'teaching-staff': { rated: 5 }, governors: { rated: 0, waiting: 2 } }, 'Everyone who has answered so far is in one group, so there are no groups to compare.', true],
    ['three asked but one answered is not large enough', { 'senior-leaders': { rated: 3 }, 'teaching-staff': { rated: 1, waiting: 2 } }, 'Only Senior leaders has 3 or more people who answered. Its scores are not shown apart either: set beside the whole team’s, they would show what the others rated.', true],
  ])('%s', (_name, groups, noComparisonText, hasSmallGroup) => {
    const found = compareGroups(sections, teamOf(groups));
    expect(found.noComparisonText).toBe(noComparisonText);
    expect(found.compared.length > 0).toBe(noComparisonText === null);
    expect(found.notShownText).toBe(hasSmallGroup ? SMALL_GROUP_TEXT : null);
  });
});

describe('describeTakingPart', () => {
  it.each<[string, TeamView, string]>([
    ['everyone has rated', teamOf({ 'teaching-staff': { rated: 3 } }), '3 people rated.'],
    ['some have not yet', teamOf({ 'teaching-staff': { rated: 1, waiting: 2 } }), '1 of the 3 people asked has rated so far.'],
    ['several have', teamOf({ 'teaching-staff': { rated: 2, waiting: 2 } }), '2 of the 4 people asked have rated so far.'],
    ['nobody yet', teamOf({ 'teaching-staff': { rated: 0, waiting: 2 } }), 'Nobody has rated yet.'],
    [
      'ratings given on this device wait to be revealed',
      { ...teamOf({ 'teaching-staff': { rated: 3 } }), hiddenRespondents: 2 },
      '3 people rated. 2 more people rated on this device; their ratings count once they are revealed.',
    ],
  ])('%s', (_name, team, expected) => {
    expect(describeTakingPart(team)).toBe(expected);
  });
});
