import { describe, expect, it } from 'vitest';
import type { Reflection } from '../../src/core/audit';
import { buildPlanReport, coverDetails, planFileName, type PlanSources } from '../../src/core/plan-report';
import { makeAction, makeAudit, makeReview } from '../fixtures/plan';
import { makeActionReview } from '../fixtures/backups';
import { makeToolkit, makeToolkitWithDuties } from '../fixtures/toolkits';

describe('planFileName', () => {
  it.each([
    ['Northfield Primary', 'attendance', '2026-11-25', 'northfield-primary-attendance-development-plan-2026-11-25.pdf'],
    ['St Mary’s C of E (Aided)', 'attendance', '2026-11-25', 'st-mary’s-c-of-e-(aided)-attendance-development-plan-2026-11-25.pdf'],
    ['A/B: "Test" <School>?', 'positive-relationships', '2027-01-09', 'a-b-test-school-positive-relationships-development-plan-2027-01-09.pdf'],
    ['École Française', 'attendance', '2026-11-25', 'école-française-attendance-development-plan-2026-11-25.pdf'],
    ['   ', 'attendance', '2026-11-25', 'school-attendance-development-plan-2026-11-25.pdf'],
    ['Ends with dots...', 'attendance', '2026-11-25', 'ends-with-dots-attendance-development-plan-2026-11-25.pdf'],
    ['Szkoła Podstawowa nr 1, Łódź', 'attendance', '2026-11-25', 'szkoła-podstawowa-nr-1,-łódź-attendance-development-plan-2026-11-25.pdf'],
  ])('%s → %s', (school, toolkitId, date, expected) => {
    const name = planFileName(school, toolkitId, date);
    expect(name).toBe(expected);
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
  });
});

function sources(overrides: Partial<PlanSources> = {}): PlanSources {
  return {
    audit: makeAudit({ school: 'Northfield', title: 'Autumn', participants: ' Head ', priorityDomainIds: ['second'] }),
    toolkit: makeToolkit(),
    answers: { a1: { rating: 3, note: '' }, a2: { rating: 4, note: '' }, a3: { rating: 'n/a', note: '' } },
    reflections: [],
    actions: [],
    actionReviews: [],
    reviews: [],
    ...overrides,
  };
}

describe('buildPlanReport', () => {
  it('gives each domain its score, level name, rated count and priority', () => {
    const report = buildPlanReport(sources());
    expect(report).toMatchObject({
      school: 'Northfield', toolkitTitle: 'Test toolkit', toolkitVersion: '1.0.0', overall: '3.5',
      date: '2026-11-25', dateText: '25 November 2026', participants: 'Head', priorityTitles: ['Second domain'],
    });
    expect(report.domains.map(({ title, score, scoreValue, level, rated, isPriority }) => ({ title, score, scoreValue, level, rated, isPriority }))).toEqual([
      { title: 'First domain', score: '3.5', scoreValue: 3.5, level: 'Embedded', rated: '2 of 3', isPriority: false },
      { title: 'Second domain', score: 'Not rated', scoreValue: null, level: '', rated: '0 of 2', isPriority: true },
    ]);
  });

  it('names the level of the score as shown, as the results page does', () => {
    // 11 indicators at 2 and 9 at 3: a mean of 2.45, shown as 2.5, so "Developing" (the level of 2.5), not "Emerging" (the level of 2.45).
    const toolkit = makeToolkit();
    const indicators = Array.from({ length: 20 }, (_, i) => ({ ...toolkit.domains[0]!.indicators[0]!, id: `i${i}` }));
    const answers = Object.fromEntries(indicators.map((indicator, i) => [indicator.id, { rating: i < 11 ? 2 : 3, note: '' }]));
    const report = buildPlanReport(sources({ toolkit: { ...toolkit, domains: [{ ...toolkit.domains[0]!, indicators }] }, answers }));
    expect(report.domains[0]).toMatchObject({ score: '2.5', level: 'Developing', scoreLine: 'Score 2.5 (Developing), based on all 20 statements' });
  });

  it("lists each statement's rating in words, with its evidence note", () => {
    const answers = { a1: { rating: 3, note: ' Register audit, May. ' }, a2: { rating: 4, note: '' }, a3: { rating: 'n/a' as const, note: 'No nursery.' } };
    expect(buildPlanReport(sources({ answers })).domains[0]!.indicators).toEqual([
      { statement: 'Statement for a1.', rating: 'Developing', evidence: 'Register audit, May.' },
      { statement: 'Statement for a2.', rating: 'Embedded', evidence: '' },
      { statement: 'Statement for a3.', rating: 'Not applicable', evidence: 'No nursery.' },
    ]);
    expect(buildPlanReport(sources()).domains[1]!.indicators[0]!.rating).toBe('Not answered');
  });

  it('leaves the evidence notes out when asked', () => {
    const answers = { a1: { rating: 3, note: 'Register audit, May.' } };
    const report = buildPlanReport(sources({ answers }), { includeEvidence: false });
    expect(report.includesEvidence).toBe(false);
    expect(report.domains[0]!.indicators[0]).toEqual({ statement: 'Statement for a1.', rating: 'Developing', evidence: '' });
  });

  it('says what each score rests on, and that results are partial while statements are unanswered', () => {
    const report = buildPlanReport(sources());
    expect(report).toMatchObject({ overallLine: '3.5 (Embedded), based on 2 of 5 statements (1 not applicable)', partialNote: 'Partial: 3 of 5 statements rated', scaleRange: '1 to 4' });
    expect(report.domains.map((domain) => domain.scoreLine)).toEqual(['Score 3.5 (Embedded), based on 2 of 3 statements (1 not applicable)', 'Not rated: 0 of 2 statements rated yet']);
  });

  it('is whole, not partial, once every statement has an answer (not applicable included)', () => {
    const answers = { a1: { rating: 3, note: '' }, a2: { rating: 4, note: '' }, a3: { rating: 'n/a' as const, note: '' }, b1: { rating: 1, note: '' }, b2: { rating: 2, note: '' } };
    expect(buildPlanReport(sources({ answers }))).toMatchObject({ partialNote: '', overallLine: '2.5 (Developing), based on 4 of 5 statements (1 not applicable)' });
  });

  it('says when nothing is rated yet, never a zero', () => {
    expect(buildPlanReport(sources({ answers: {} }))).toMatchObject({ overall: 'Not rated', overallLine: 'Not rated: no statement rated yet', partialNote: 'Partial: 0 of 5 statements rated' });
  });

  it('takes strengths and areas to develop from the reflections of each domain', () => {
    const reflections: Reflection[] = [{ auditId: 'audit-1', domainId: 'second', workingWell: ' Daily calls home. ', evenBetterIf: 'Earlier help.', updatedAt: 1 }];
    const [first, second] = buildPlanReport(sources({ reflections })).domains;
    expect([first!.workingWell, first!.evenBetterIf]).toEqual(['', '']);
    expect([second!.workingWell, second!.evenBetterIf]).toEqual(['Daily calls home.', 'Earlier help.']);
  });

  it('lists actions in plan order, under their domain, and numbers them through the plan', () => {
    const actions = [
      makeAction({ action: 'Whole school', order: 2 }),
      makeAction({ action: 'First', domainId: 'first', order: 1, targetDate: '2027-03-31', status: 'at-risk', progressNote: ' Behind. ' }),
      makeAction({ action: 'Second', indicatorId: 'b1', order: 0, lead: 'Łucja Wójcik', targetDate: 'Spring 2027' }),
    ];
    const report = buildPlanReport(sources({ actions }));
    expect(report.actionCount).toBe(3);
    expect(report.actionGroups.map((group) => [group.title, group.isPriority, group.actions.map((action) => `${action.number}. ${action.action}`)])).toEqual([
      ['Second domain', true, ['1. Second']],
      ['First domain', false, ['2. First']],
      ['Whole-school actions', false, ['3. Whole school']],
    ]);
    expect(report.actionGroups[0]!.actions[0]).toMatchObject({ lead: 'Łucja Wójcik', targetDate: 'Spring 2027', indicator: 'Statement for b1.', statusLabel: 'Not started' });
    expect(report.actionGroups[1]!.actions[0]).toMatchObject({ targetDate: '31 March 2027', status: 'at-risk', statusLabel: 'At risk', progressNote: 'Behind.', indicator: '' });
  });

  it('keeps an action the team moved above a priority action where they put it', () => {
    const actions = [
      makeAction({ action: 'Second', domainId: 'second', order: 0 }),
      makeAction({ action: 'First', domainId: 'first', order: 1 }),
      makeAction({ action: 'Second again', domainId: 'second', order: 2 }),
    ];
    expect(buildPlanReport(sources({ actions })).actionGroups.map((group) => [group.title, group.actions.map((action) => `${action.number}. ${action.action}`)])).toEqual([
      ['Second domain', ['1. Second']],
      ['First domain', ['2. First']],
      ['Second domain', ['3. Second again']],
    ]);
  });

  it('lists each legal duty with its state, those not met first, counted apart from the scores', () => {
    const report = buildPlanReport(sources({ toolkit: makeToolkitWithDuties(), answers: { a1: { rating: 4, note: '' }, b2: { rating: 3, note: '' } } }));
    expect(report.legal).toEqual({
      line: 'Legal requirements: 1 of 2 met',
      outstanding: '1 not met',
      intro: 'Legal requirements: 1 of 2 met (1 not met). These statements are duties in law: each counts as met from the rating its duty names, whatever its section’s score.',
      duties: [
        {
          section: 'Second domain',
          statement: 'Statement for b2.',
          duty: 'Schools must tell the local authority of a pupil who leaves.',
          source: 'Registration Regulations 2024, reg 13',
          state: 'not-met',
          stateLabel: 'Not met',
        },
        expect.objectContaining({ statement: 'Statement for a1.', state: 'met', stateLabel: 'Met' }),
      ],
    });
    expect(buildPlanReport(sources({ toolkit: makeToolkitWithDuties(), answers: {} })).legal).toMatchObject({
      line: 'Legal requirements: 0 of 2 met',
      outstanding: '2 not rated yet',
    });
    expect(buildPlanReport(sources()).legal).toBeNull();
  });

  it('groups the sections’ scores by the inspection areas they inform', () => {
    const report = buildPlanReport(sources({ toolkit: makeToolkitWithDuties() }));
    expect(report.inspectionAreasIntro).toBe(
      'Each evaluation area (from A framework, November 2025) with the sections of this self-evaluation that give evidence for it. A section can inform more than one area.',
    );
    expect(report.inspectionAreas).toEqual([
      { title: 'Leadership and governance', sections: [{ title: 'First domain', shortTitle: 'First', score: '3.5', level: 'Embedded' }] },
      {
        title: 'Attendance and behaviour',
        sections: [
          { title: 'First domain', shortTitle: 'First', score: '3.5', level: 'Embedded' },
          { title: 'Second domain', shortTitle: 'Second', score: 'Not rated', level: '' },
        ],
      },
    ]);
    expect(buildPlanReport(sources()).inspectionAreas).toEqual([]);
  });

  it('lists review dates in the order they were added, with dates in words', () => {
    const reviews = [makeReview({ id: 'r2', when: 'Summer 2027', who: 'Governors', createdAt: 2 }), makeReview({ id: 'r1', when: '2027-03-20', who: 'SLT', createdAt: 1 })];
    expect(buildPlanReport(sources({ reviews })).reviews).toEqual([
      { when: '20 March 2027', whenAsWritten: '2027-03-20', who: 'SLT', note: '' },
      { when: 'Summer 2027', whenAsWritten: 'Summer 2027', who: 'Governors', note: '' },
    ]);
  });

  it('says on the cover when the self-evaluation was a quick review, and nothing extra for a full one', () => {
    const titleOn = (scope: 'full' | 'quick' | undefined) =>
      coverDetails(buildPlanReport(sources({ audit: makeAudit({ title: 'Autumn', scope }) }))).find(([label]) => label === 'Self-evaluation')?.[1];
    expect(titleOn('quick')).toBe('Autumn (quick review: core statements only)');
    expect(titleOn('full')).toBe('Autumn');
    expect(titleOn(undefined)).toBe('Autumn');
  });
});

describe('progress through the year', () => {
  it('gives each action its own reviews, oldest first, and ignores reviews of actions not in the plan', () => {
    const report = buildPlanReport(
      sources({
        actions: [makeAction({ id: 'x', domainId: 'first', action: 'Call home', status: 'not-started' }), makeAction({ id: 'y', domainId: 'first', action: 'Meet families', status: 'on-track' })],
        actionReviews: [
          makeActionReview('later', 'audit-1', 'x', { reviewedOn: '2027-05-12', status: 'done', measureMet: 'met', note: 'Every morning' }),
          makeActionReview('earlier', 'audit-1', 'x', { reviewedOn: '2027-02-03' }),
          makeActionReview('gone', 'audit-1', 'deleted-action'),
        ],
      }),
    );
    const [x, y] = report.actionGroups.flatMap((group) => group.actions);
    expect(x!.history.map((entry) => [entry.dateText, entry.statusLabel, entry.measureLabel, entry.note])).toEqual([
      ['3 February 2027', 'On track', 'Partly met', 'Calls logged most mornings'],
      ['12 May 2027', 'Done', 'Met', 'Every morning'],
    ]);
    expect(y!.history).toEqual([]);
    // An action's status is its latest review's; one never reviewed keeps the status it was written with.
    expect([x!.statusLabel, y!.statusLabel]).toEqual(['Done', 'On track']);
    // What it was written with stays known, for what its first review changed.
    expect([x!.statusAsWritten, y!.statusAsWritten]).toEqual(['not-started', 'on-track']);
  });

  it('keeps each target date as written beside it in words, so that what is overdue can be told', () => {
    const report = buildPlanReport(
      sources({ actions: [makeAction({ id: 'x', domainId: 'first', targetDate: ' 2027-03-26 ' }), makeAction({ id: 'y', domainId: 'first', targetDate: 'Spring 2027' })] }),
    );
    expect(report.actionGroups.flatMap((group) => group.actions).map((action) => [action.targetDate, action.targetDateAsWritten])).toEqual([
      ['26 March 2027', '2027-03-26'],
      ['Spring 2027', 'Spring 2027'],
    ]);
  });
});

describe('carried-forward actions', () => {
  it('says where each carried action came from, in words, and nothing for the others', () => {
    const report = buildPlanReport(
      sources({
        actions: [
          makeAction({ id: 'kept', order: 0, carriedFrom: { auditId: 'autumn-2026', actionId: 'old-1' } }),
          makeAction({ id: 'lost', order: 1, carriedFrom: { auditId: 'deleted-audit', actionId: 'old-2' } }),
          makeAction({ id: 'new', order: 2 }),
        ],
        earlierTitles: { 'autumn-2026': 'Autumn 2026 review' },
      }),
    );
    expect(report.actionGroups.flatMap((group) => group.actions).map((action) => action.carriedFrom)).toEqual([
      'Carried forward from Autumn 2026 review',
      'Carried forward from an earlier self-evaluation',
      '',
    ]);
  });
});
