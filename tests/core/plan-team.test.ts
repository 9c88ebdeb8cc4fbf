import { describe, expect, it } from 'vitest';
import type { AnswersByIndicator, Rating } from '../../src/core/audit';
import { buildPlanReport, type PlanSources } from '../../src/core/plan-report';
import type { VoiceSource } from '../../src/core/plan-team';
import type { AgreedRating, Respondent, TeamAnswer, TeamMode } from '../../src/core/team';
import { auditRatings } from '../../src/core/team-ratings';
import { makeAudit } from '../fixtures/plan';
import { makeToolkit } from '../fixtures/toolkits';
import { COLLEAGUES, makeTeamPlan } from '../fixtures/team-plan';

const toolkit = makeToolkit();

interface Person {
  name: string;
  groupId: string;
  /** Ratings of a1, a2, a3, b1, b2 in order; missing ones are not rated. */
  ratings: Rating[];
  notes?: Record<string, string>;
  takesPart?: Respondent['takesPart'];
}

const IDS = ['a1', 'a2', 'a3', 'b1', 'b2'];

/** A team audit on the small toolkit: the lead's answers, colleagues' responses and levels agreed, through auditRatings as the plan loads them. */
function teamSources({ mode = 'anonymous', lead = [], people = [], agreed = [], voice }: { mode?: TeamMode; lead?: Rating[]; people?: Person[]; agreed?: [string, Rating, string][]; voice?: VoiceSource[] }): PlanSources {
  const audit = makeAudit({ participants: 'Ms Lead-Person', team: { mode, leadGroupId: 'senior-leaders' } });
  const own: AnswersByIndicator = Object.fromEntries(lead.map((rating, index) => [IDS[index]!, { rating, note: '' }]));
  const respondents: Respondent[] = people.map((person, index) => ({
    auditId: audit.id, id: `p${index}`, name: person.name, groupId: person.groupId, takesPart: person.takesPart ?? 'own-device', createdAt: index, updatedAt: index, removedAt: null, revealed: false, finishedAt: null,
  }));
  const responses: TeamAnswer[] = people.flatMap((person, index) =>
    person.ratings.map((rating, i) => ({ auditId: audit.id, respondentId: `p${index}`, indicatorId: IDS[i]!, rating, note: person.notes?.[IDS[i]!] ?? '', updatedAt: 1 })),
  );
  const agreedRatings: AgreedRating[] = agreed.map(([indicatorId, rating, reason]) => ({ auditId: audit.id, indicatorId, rating, reason, updatedAt: 1 }));
  const { answers, team } = auditRatings(toolkit, audit, own, { respondents, responses, agreedRatings });
  return { audit, toolkit, answers, team, voice, reflections: [], actions: [], actionReviews: [], reviews: [] };
}

const staff = (name: string, ...ratings: Rating[]): Person => ({ name, groupId: 'teaching-staff', ratings });

describe('a team plan: each statement', () => {
  it.each([
    ['agreed, with its reason', [2, 3, 4], [['a1', 3, ' Seen in every register. ']], { source: 'agreed', head: 'Agreed: Developing', reason: 'Seen in every register.', level: 'Agreed: Developing — Seen in every register.' }, 'Developing'],
    ['agreed without a reason', [2, 3, 4], [['a1', 4, '']], { source: 'agreed', head: 'Agreed: Embedded', reason: '', level: 'Agreed: Embedded' }, 'Embedded'],
    ['not yet agreed: the median, labelled', [2, 3, 4], [], { source: 'median', head: 'Median: Developing (not yet agreed)', level: 'Median: Developing (not yet agreed)' }, 'Developing'],
    ['an even count: the lower of the two middle levels', [1, 2, 3, 4], [], { source: 'median', level: 'Median: Emerging (not yet agreed)' }, 'Emerging'],
    ['a level agreed as "not yet" is no agreement: the median', [2, 3, 4], [['a1', null, 'Later.']], { source: 'median', level: 'Median: Developing (not yet agreed)' }, 'Developing'],
    ['everyone who rated said not applicable', ['n/a', 'n/a', null], [], { source: 'median', level: 'Not applicable, as everyone who rated said (not yet agreed)' }, 'Not applicable'],
    ['nobody rated it', [null, null, null], [], { source: 'none', head: 'Not answered', reason: '', level: 'Not answered' }, 'Not answered'],
  ] as const)('%s', (_case, ratings, agreed, expected, rating) => {
    const [lead, ...others] = ratings;
    const report = buildPlanReport(teamSources({ lead: [lead], people: others.map((value, index) => staff(`Person ${index}`, value, 2)), agreed: agreed as unknown as [string, Rating, string][] }));
    const statement = report.domains[0]!.indicators[0]!;
    expect(statement.team).toMatchObject(expected);
    expect(statement.rating).toBe(rating);
  });

  it.each([
    ['each level chosen, in scale order', [4, 1, 4, 2], '1 Not yet in place, 1 Emerging, 2 Embedded'],
    ['not applicable and not rated after the levels', [3, 'n/a', null, 3], '2 Developing; 1 not applicable, 1 not rated'],
    ['nobody yet', [null, null, null, null], 'Nobody has rated it yet'],
  ] as const)('gives the distribution: %s', (_case, ratings, distribution) => {
    const [lead, ...others] = ratings;
    // Each colleague rates a2 as well, so that everyone counts as having rated.
    const report = buildPlanReport(teamSources({ lead: [lead, 2], people: others.map((value, index) => staff(`Person ${index}`, value, 2)) }));
    expect(report.domains[0]!.indicators[0]!.team!.distribution).toBe(distribution);
  });

  it('marks ratings two levels apart or more, and not one apart', () => {
    const report = buildPlanReport(teamSources({ lead: [1, 2], people: [staff('A', 3, 3), staff('B', 2, 3)] }));
    expect(report.domains[0]!.indicators.map((indicator) => indicator.team!.isDisagreement)).toEqual([true, false, false]);
  });

  it('leaves someone who has rated nothing yet out of every statement’s "not rated", and says so once', () => {
    const report = buildPlanReport(teamSources({ lead: [3], people: [staff('Rated', 3), staff('Not yet')] }));
    expect(report.domains[0]!.indicators[0]!.team!.distribution).toBe('2 Developing');
    expect(report.team).toMatchObject({ respondents: 2, waiting: '1 person asked has not rated yet.' });
  });
});

describe('a team plan: who rated', () => {
  const groups = (people: Person[]) => {
    const team = buildPlanReport(teamSources({ lead: [3], people })).team!;
    return { groups: team.groups, total: team.respondents, note: team.groupsNote };
  };
  const person = (groupId: string, index: number): Person => ({ name: `${groupId} ${index}`, groupId, ratings: [2] });

  it.each([
    [
      'every group of 3 or more shown, the lead in theirs',
      [person('senior-leaders', 1), person('senior-leaders', 2), person('teaching-staff', 1), person('teaching-staff', 2), person('teaching-staff', 3)],
      [{ title: 'Senior leaders', respondents: 3 }, { title: 'Teaching staff', respondents: 3 }],
      6,
      '',
    ],
    [
      'a group of 2 counted in the total, not shown apart',
      [person('senior-leaders', 1), person('senior-leaders', 2), person('governors', 1), person('governors', 2)],
      [{ title: 'Senior leaders', respondents: 3 }],
      5,
      'One group has fewer than 3 people who rated: they are counted in the total but not shown apart, so that nobody’s ratings can be picked out.',
    ],
    [
      'no group large enough',
      [person('teaching-staff', 1), person('governors', 1)],
      [],
      3,
      '3 groups have fewer than 3 people who rated: they are counted in the total but not shown apart, so that nobody’s ratings can be picked out.',
    ],
  ])('%s', (_case, people, expectedGroups, total, note) => {
    expect(groups(people)).toEqual({ groups: expectedGroups, total, note });
  });

  it('counts a group by who has rated, not who was asked', () => {
    const asked = [person('teaching-staff', 1), person('teaching-staff', 2), { ...person('teaching-staff', 3), ratings: [] }];
    expect(groups(asked).groups).toEqual([]);
  });

  it('does not count someone who rated on the lead’s device until their ratings are shown, and says why', () => {
    const report = buildPlanReport(teamSources({ lead: [3], people: [staff('A', 3), { ...staff('On this device', 1), takesPart: 'this-device' }] }));
    expect(report.team).toMatchObject({ respondents: 2, waiting: '1 person who rated on the lead’s device is not counted until their ratings are shown to the team.' });
  });
});

describe('a team plan: names', () => {
  const people: Person[] = [
    { name: 'Zofia Kowalczyk', groupId: 'teaching-staff', ratings: [3, 2], notes: { a1: 'Seen in the register audit.' } },
    { name: 'Hannah Okoro', groupId: 'teaching-staff', ratings: [4], notes: { a1: 'Asked the office.' } },
  ];

  it('names nobody anywhere in the plan in anonymous mode', () => {
    const report = buildPlanReport(teamSources({ mode: 'anonymous', lead: [2], people }));
    const text = JSON.stringify(report);
    for (const { name } of people) expect(text).not.toContain(name);
    expect(report.team!.names).toBe('');
    expect(report.domains[0]!.indicators[0]!.evidence).toBe('Seen in the register audit.\nAsked the office.');
  });

  it('lists who rated, and who wrote each note, in open mode', () => {
    const report = buildPlanReport(teamSources({ mode: 'open', lead: [2], people }));
    expect(report.team!.names).toBe('Who rated: The lead, Zofia Kowalczyk and Hannah Okoro.');
    expect(report.domains[0]!.indicators[0]!.evidence).toBe('Zofia Kowalczyk: Seen in the register audit.\nHannah Okoro: Asked the office.');
  });

  it('names nobody in anonymous mode on the whole of a larger team’s plan either', () => {
    const text = JSON.stringify(buildPlanReport(makeTeamPlan('anonymous').sources));
    for (const { name } of COLLEAGUES) expect(text).not.toContain(name);
    const open = JSON.stringify(buildPlanReport(makeTeamPlan('open').sources));
    expect(open).toContain('Zofia Kowalczyk');
  });

  it('takes the team’s notes as the evidence, not the agreed reason, and leaves them out when asked', () => {
    const sources = teamSources({ lead: [2], people, agreed: [['a1', 3, 'We agreed.']] });
    expect(buildPlanReport(sources).domains[0]!.indicators[0]).toMatchObject({ evidence: 'Seen in the register audit.\nAsked the office.', team: { reason: 'We agreed.' } });
    expect(buildPlanReport(sources, { includeEvidence: false }).domains[0]!.indicators[0]).toMatchObject({ evidence: '', team: { reason: 'We agreed.' } });
  });
});

describe('a team plan: sections', () => {
  it('gives each section the median, middle half and lowest to highest of the team’s scores', () => {
    // Section scores: the lead 2, A 3, B 4 (first section); only the lead rates the second.
    const report = buildPlanReport(teamSources({ lead: [2, 2, null, 1], people: [staff('A', 3, 3), staff('B', 4, 4)] }));
    expect(report.team!.sections).toEqual([
      { domainId: 'first', title: 'First domain', respondents: 3, median: '3.0', middleHalf: '2.5 to 3.5', range: '2.0 to 4.0', band: { lowest: 2, highest: 4, lowerQuartile: 2.5, upperQuartile: 3.5 } },
      { domainId: 'second', title: 'Second domain', respondents: 1, median: '1.0', middleHalf: '1.0 to 1.0', range: '1.0 to 1.0', band: { lowest: 1, highest: 1, lowerQuartile: 1, upperQuartile: 1 } },
    ]);
  });

  it('says a section nobody rated is not rated, with no band', () => {
    const report = buildPlanReport(teamSources({ lead: [2], people: [staff('A', 3)] }));
    expect(report.team!.sections[1]).toEqual({ domainId: 'second', title: 'Second domain', respondents: 0, median: 'Not rated', middleHalf: '', range: '', band: null });
  });

  it('says how many levels are agreed', () => {
    const report = buildPlanReport(teamSources({ lead: [2, 3], people: [staff('A', 3, 3)], agreed: [['a1', 3, 'Yes.']] }));
    expect(report.team!.intro).toMatch(/^2 people rated the statements, each on their own\. 1 of 5 statements have an agreed level/);
  });
});

describe('a team plan: what families and pupils said', () => {
  const families = (respondents: number, sections: VoiceSource['sections']): VoiceSource => ({ questionnaireTitle: 'What families think', audience: 'families', respondents, sections });

  it('shows each section’s summary and how it differs from staff, in the toolkit’s order', () => {
    const voice = [families(12, [
      { domainId: 'second', respondents: 10, summary: '9 of 10 agree.', difference: '' },
      { domainId: 'first', respondents: 12, summary: '4 of 12 agree.', difference: 'Families are less positive than staff.' },
    ])];
    expect(buildPlanReport(teamSources({ lead: [3], voice })).team!.voice).toEqual([
      {
        heading: 'What families said',
        intro: '12 families answered “What families think”, without giving their names. Where they see a section differently from staff, it says how.',
        isShown: true,
        sections: [
          { title: 'First domain', summary: '4 of 12 agree.', difference: 'Families are less positive than staff.' },
          { title: 'Second domain', summary: '9 of 10 agree.', difference: '' },
        ],
      },
    ]);
  });

  it.each([
    ['fewer than 3 in all: nothing shown, and why', families(2, [{ domainId: 'first', respondents: 2, summary: '2 of 2 agree.', difference: '' }]), { isShown: false, sections: [] }],
    [
      'fewer than 3 about one section: that section held back',
      families(5, [{ domainId: 'first', respondents: 2, summary: '2 of 2 agree.', difference: 'Differs.' }]),
      { isShown: true, sections: [{ title: 'First domain', summary: 'Fewer than 3 answered about this section, so it is not shown.', difference: '' }] },
    ],
  ])('%s', (_case, source, expected) => {
    const [voice] = buildPlanReport(teamSources({ lead: [3], voice: [source] })).team!.voice;
    expect(voice).toMatchObject(expected);
    expect(JSON.stringify(voice)).not.toContain('2 of 2 agree');
  });
});

describe('one person’s plan', () => {
  it('has no team part and no team rating on its statements', () => {
    const report = buildPlanReport({ audit: makeAudit(), toolkit, answers: { a1: { rating: 3, note: 'Mine.' } }, reflections: [], actions: [], actionReviews: [], reviews: [] });
    expect(report.team).toBeNull();
    expect(report.domains[0]!.indicators[0]).toEqual({ statement: 'Statement for a1.', rating: 'Developing', evidence: 'Mine.' });
  });
});
