import { describe, expect, it } from 'vitest';
import type { ActionReview } from '../../src/core/action-reviews';
import type { ActionStatus, PlanAction } from '../../src/core/audit';
import { carryForwardActions, describeCarriedFrom, offerUnfinishedActions, type CarryForwardInput } from '../../src/core/carry-forward';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

function action(id: string, order: number, fields: Partial<PlanAction> = {}): PlanAction {
  return {
    id,
    auditId: 'autumn',
    domainId: 'first',
    indicatorId: null,
    action: `Action ${id}`,
    successMeasure: `Measure ${id}`,
    lead: `Lead ${id}`,
    targetDate: '2027-03-31',
    status: 'not-started',
    progressNote: `Progress ${id}`,
    order,
    createdAt: 100,
    updatedAt: 200,
    ...fields,
  };
}

function review(actionId: string, reviewedOn: string, status: ActionStatus, note = ''): ActionReview {
  return { id: `${actionId}-${reviewedOn}`, auditId: 'autumn', actionId, reviewedOn, status, measureMet: null, note, evidence: '', createdAt: 300, updatedAt: 300 };
}

function carry(overrides: Partial<CarryForwardInput>): PlanAction[] {
  let next = 0;
  return carryForwardActions({
    sourceAuditId: 'autumn',
    actions: [],
    reviews: [],
    chosenIds: [],
    auditId: 'spring',
    toolkit: makeToolkit(),
    priorityDomainIds: [],
    time: 5_000,
    newId: () => `new-${++next}`,
    ...overrides,
  });
}

describe('offerUnfinishedActions', () => {
  const toolkit = makeToolkit();
  it.each<{ name: string; actions: PlanAction[]; reviews: ActionReview[]; offered: Array<[string, string, string, string]> }>([
    { name: 'no plan offers nothing', actions: [], reviews: [], offered: [] },
    {
      name: 'an action written as done is not offered; the others are, in plan order',
      actions: [action('b', 2), action('a', 1, { status: 'done' }), action('c', 0, { status: 'at-risk' })],
      reviews: [],
      offered: [
        ['c', 'At risk', 'First domain', ''],
        ['b', 'Not started', 'First domain', ''],
      ],
    },
    {
      name: 'the latest review says the status: done at the last review is not offered, done earlier then at risk is',
      actions: [action('a', 0), action('b', 1, { status: 'done' })],
      reviews: [review('a', '2027-01-10', 'on-track', 'Started'), review('a', '2027-02-10', 'done', 'Finished'), review('b', '2027-01-10', 'done'), review('b', '2027-02-10', 'at-risk', '  Slipped back  ')],
      offered: [['b', 'At risk', 'First domain', 'Slipped back']],
    },
    {
      name: 'the section comes from the statement when the action has none, else it is whole-school',
      actions: [action('a', 0, { domainId: null, indicatorId: 'b2' }), action('b', 1, { domainId: null })],
      reviews: [],
      offered: [
        ['a', 'Not started', 'Second domain', ''],
        ['b', 'Not started', 'Whole-school actions', ''],
      ],
    },
  ])('$name', ({ actions, reviews, offered }) => {
    expect(offerUnfinishedActions(toolkit, actions, reviews).map((offer) => [offer.actionId, offer.statusLabel, offer.section, offer.latestNote])).toEqual(offered);
  });

  it('gives the action text as written, trimmed', () => {
    expect(offerUnfinishedActions(toolkit, [action('a', 0, { action: '  Meet families  ' })], [])[0]).toMatchObject({ action: 'Meet families', status: 'not-started' });
  });
});

describe('carryForwardActions', () => {
  it('makes a new action of the new audit that keeps what the action is and where it stands, and starts its progress afresh', () => {
    const earlier = action('a', 4, { domainId: 'second', indicatorId: 'b1', status: 'not-started', targetDate: 'Summer 2027' });
    expect(carry({ actions: [earlier], reviews: [review('a', '2027-02-01', 'at-risk', 'Behind')], chosenIds: ['a'] })).toEqual([
      {
        id: 'new-1',
        auditId: 'spring',
        domainId: 'second',
        indicatorId: 'b1',
        action: 'Action a',
        successMeasure: 'Measure a',
        lead: 'Lead a',
        targetDate: '',
        status: 'at-risk',
        progressNote: '',
        order: 0,
        carriedFrom: { auditId: 'autumn', actionId: 'a' },
        createdAt: 5_000,
        updatedAt: 5_000,
      },
    ]);
  });

  const plan = [action('a', 0), action('b', 1, { domainId: 'second' }), action('c', 2, { status: 'done' }), action('d', 3, { domainId: null })];
  it.each<{ name: string; chosenIds: string[]; priorityDomainIds?: string[]; reviews?: ActionReview[]; carried: Array<[string, number]> }>([
    { name: 'nothing chosen, nothing carried', chosenIds: [], carried: [] },
    { name: 'only the chosen, in the earlier order, numbered from 0', chosenIds: ['d', 'a'], carried: [['a', 0], ['d', 1]] },
    { name: 'a done action is never carried, even if chosen', chosenIds: ['a', 'c'], carried: [['a', 0]] },
    { name: 'one done by its latest review is not carried', chosenIds: ['a', 'b'], reviews: [review('b', '2027-03-01', 'done')], carried: [['a', 0]] },
    { name: 'an id not in the earlier plan is passed over', chosenIds: ['gone', 'b'], carried: [['b', 0]] },
    { name: 'the new audit’s priority sections come first', chosenIds: ['a', 'b', 'd'], priorityDomainIds: ['second'], carried: [['b', 0], ['a', 1], ['d', 2]] },
  ])('$name', ({ chosenIds, priorityDomainIds = [], reviews = [], carried }) => {
    expect(carry({ actions: plan, reviews, chosenIds, priorityDomainIds }).map((carriedAction) => [carriedAction.carriedFrom?.actionId, carriedAction.order])).toEqual(carried);
  });

  /** The second edition: statement a2 merged into a1 (a1 replaces it), b2 and the section "second" gone, b1 moved to "third". */
  function secondEdition(): Toolkit {
    const toolkit = makeToolkit();
    const [first, second] = toolkit.domains;
    return {
      ...toolkit,
      version: '2.0.0',
      domains: [
        { ...first!, indicators: [{ ...first!.indicators[0]!, replaces: ['a2'] }, first!.indicators[2]!] },
        { ...second!, id: 'third', title: 'Third domain', indicators: [second!.indicators[0]!] },
      ],
    };
  }
  it.each<{ name: string; domainId: string | null; indicatorId: string | null; links: [string | null, string | null] }>([
    { name: 'links the new edition still has are kept', domainId: 'first', indicatorId: 'a3', links: ['first', 'a3'] },
    { name: 'a merged statement goes to the one that replaces it', domainId: 'first', indicatorId: 'a2', links: ['first', 'a1'] },
    { name: 'a dropped statement is let go', domainId: 'first', indicatorId: 'b2', links: ['first', null] },
    { name: 'a dropped section gives way to its statement’s new section', domainId: 'second', indicatorId: 'b1', links: ['third', 'b1'] },
    { name: 'a dropped section with no statement left makes it whole-school', domainId: 'second', indicatorId: 'b2', links: [null, null] },
    { name: 'a whole-school action stays whole-school', domainId: null, indicatorId: null, links: [null, null] },
  ])('in a newer toolkit version: $name', ({ domainId, indicatorId, links }) => {
    const [carried] = carry({ actions: [action('a', 0, { domainId, indicatorId })], chosenIds: ['a'], toolkit: secondEdition() });
    expect([carried!.domainId, carried!.indicatorId]).toEqual(links);
  });
});

describe('describeCarriedFrom', () => {
  it.each<{ name: string; carriedFrom?: PlanAction['carriedFrom']; line: ReturnType<typeof describeCarriedFrom> }>([
    { name: 'an action written in this plan says nothing', line: null },
    {
      name: 'one carried from a self-evaluation in use names it and links to it',
      carriedFrom: { auditId: 'autumn', actionId: 'a' },
      line: { text: 'Carried forward from Autumn 2026 review', auditId: 'autumn', title: 'Autumn 2026 review' },
    },
    {
      name: 'one whose earlier self-evaluation has been deleted says so without a link',
      carriedFrom: { auditId: 'deleted', actionId: 'a' },
      line: { text: 'Carried forward from an earlier self-evaluation', auditId: null, title: null },
    },
    {
      name: 'a blank title still links',
      carriedFrom: { auditId: 'blank', actionId: 'a' },
      line: { text: 'Carried forward from an earlier self-evaluation', auditId: 'blank', title: '' },
    },
    {
      name: 'an id that is a property of every object is not taken for a title',
      carriedFrom: { auditId: 'toString', actionId: 'a' },
      line: { text: 'Carried forward from an earlier self-evaluation', auditId: null, title: null },
    },
  ])('$name', ({ carriedFrom, line }) => {
    expect(describeCarriedFrom(carriedFrom ? { carriedFrom } : {}, { autumn: ' Autumn 2026 review ', blank: '  ' })).toEqual(line);
  });
});
