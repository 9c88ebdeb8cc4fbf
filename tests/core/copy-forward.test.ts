import { describe, expect, it } from 'vitest';
import type { Audit, Reflection } from '../../src/core/audit';
import { chooseNextReviewToolkit, copyForward, type CopyForwardInput } from '../../src/core/copy-forward';
import type { Toolkit } from '../../src/core/toolkit-schema';
import { makeToolkit } from '../fixtures/toolkits';

const source: Audit = {
  id: 'autumn',
  toolkitId: 'test-toolkit',
  toolkitVersion: '1.0.0',
  school: 'Northfield Primary',
  title: 'Autumn 2026 review',
  date: '2026-11-25',
  participants: 'Head, SENCo',
  status: 'complete',
  basedOnAuditId: null,
  priorityDomainIds: ['first'],
  createdAt: 1_000,
  updatedAt: 2_000,
  deletedAt: null,
};

const reflection = (domainId: string, workingWell: string, evenBetterIf = ''): Reflection => ({
  auditId: 'autumn',
  domainId,
  workingWell,
  evenBetterIf,
  updatedAt: 1_500,
});

function input(overrides: Partial<CopyForwardInput> = {}): CopyForwardInput {
  return {
    source,
    answers: { a1: { rating: 3, note: 'Reports each term' }, a2: { rating: 'n/a', note: '' }, b1: { rating: null, note: 'To discuss' } },
    reflections: [reflection('first', 'Strong leadership', 'More data'), reflection('second', '', '')],
    toolkit: makeToolkit(),
    details: { title: ' Spring 2027 review ', date: '2027-03-20', participants: 'Head' },
    id: 'spring',
    time: 9_000,
    ...overrides,
  };
}

/** Version 2 of the fixture: indicator a3 and domain "second" are gone, level 4 is dropped, and n/a is no longer allowed. */
function version2(): Toolkit {
  const toolkit = makeToolkit();
  return {
    ...toolkit,
    version: '2.0.0',
    scale: { levels: toolkit.scale.levels.slice(0, 3), allowNotApplicable: false },
    domains: [{ ...toolkit.domains[0]!, indicators: toolkit.domains[0]!.indicators.slice(0, 2) }],
  };
}

describe('copyForward', () => {
  it('starts a new in-progress audit for the same school and toolkit that links back to the earlier one', () => {
    const { audit } = copyForward(input());
    expect(audit).toEqual({
      id: 'spring',
      toolkitId: 'test-toolkit',
      toolkitVersion: '1.0.0',
      school: 'Northfield Primary',
      title: 'Spring 2027 review',
      date: '2027-03-20',
      participants: 'Head',
      status: 'in-progress',
      scope: 'full',
      basedOnAuditId: 'autumn',
      priorityDomainIds: [],
      createdAt: 9_000,
      updatedAt: 9_000,
      deletedAt: null,
    });
  });

  it('copies every answer and non-empty reflection into the new audit', () => {
    const result = copyForward(input());
    expect(result.answers).toEqual([
      { auditId: 'spring', indicatorId: 'a1', rating: 3, note: 'Reports each term', updatedAt: 9_000 },
      { auditId: 'spring', indicatorId: 'a2', rating: 'n/a', note: '', updatedAt: 9_000 },
      { auditId: 'spring', indicatorId: 'b1', rating: null, note: 'To discuss', updatedAt: 9_000 },
    ]);
    expect(result.reflections).toEqual([{ auditId: 'spring', domainId: 'first', workingWell: 'Strong leadership', evenBetterIf: 'More data', updatedAt: 9_000 }]);
    expect(result.leftBehind).toEqual({ indicatorIds: [], ratingIndicatorIds: [], domainIds: [] });
  });

  it('never changes the earlier audit', () => {
    const original = input();
    const snapshot = structuredClone(original);
    copyForward(original);
    expect(original).toEqual(snapshot);
  });

  it('lists, rather than drops silently, what a newer toolkit version has no place for', () => {
    const result = copyForward(
      input({
        toolkit: version2(),
        answers: { a1: { rating: 4, note: 'Embedded' }, a2: { rating: 'n/a', note: 'Infant school' }, a3: { rating: 2, note: '' }, b1: { rating: 1, note: '' } },
      }),
    );
    expect(result.audit.toolkitVersion).toBe('2.0.0');
    expect(result.answers.map(({ indicatorId, rating, note }) => ({ indicatorId, rating, note }))).toEqual([
      { indicatorId: 'a1', rating: null, note: 'Embedded' },
      { indicatorId: 'a2', rating: null, note: 'Infant school' },
    ]);
    expect(result.leftBehind).toEqual({ indicatorIds: ['a3', 'b1'], ratingIndicatorIds: ['a1', 'a2'], domainIds: [] });
  });

  it('gives the answers of merged statements to the statement that replaces them, starting from the lowest rating', () => {
    const toolkit = version2();
    toolkit.domains[0]!.indicators[1]!.replaces = ['a3', 'b1'];
    const result = copyForward(
      input({
        toolkit,
        answers: { a1: { rating: 3, note: '' }, a2: { rating: 3, note: 'Policy agreed' }, a3: { rating: 2, note: 'Not in every class' }, b1: { rating: null, note: 'To discuss' } },
      }),
    );
    expect(result.answers.map(({ indicatorId, rating, note }) => ({ indicatorId, rating, note }))).toEqual([
      { indicatorId: 'a1', rating: 3, note: '' },
      { indicatorId: 'a2', rating: 2, note: 'Policy agreed\n\nNot in every class\n\nTo discuss' },
    ]);
    expect(result.carriedOver).toEqual([{ indicatorId: 'a2', fromIndicatorIds: ['a3', 'b1'] }]);
    expect(result.leftBehind).toEqual({ indicatorIds: [], ratingIndicatorIds: [], domainIds: [] });
  });

  it('marks a merged statement not applicable only when every part was', () => {
    const toolkit = version2();
    toolkit.scale.allowNotApplicable = true;
    toolkit.domains[0]!.indicators[1]!.replaces = ['a3'];
    const answersFor = (a3: 'n/a' | null) => ({ a2: { rating: 'n/a' as const, note: '' }, a3: { rating: a3, note: 'x' } });
    expect(copyForward(input({ toolkit, answers: answersFor('n/a') })).answers[0]!.rating).toBe('n/a');
    expect(copyForward(input({ toolkit, answers: answersFor(null) })).answers[0]!.rating).toBeNull();
  });

  it('starts the quick review the team chose', () => {
    expect(copyForward(input({ details: { title: 'Quick', date: '2027-03-20', participants: '', scope: 'quick' } })).audit.scope).toBe('quick');
  });

  it('leaves behind reflections on domains the toolkit no longer has', () => {
    const result = copyForward(input({ toolkit: version2(), answers: {}, reflections: [reflection('second', 'Good links with families')] }));
    expect(result.reflections).toEqual([]);
    expect(result.leftBehind.domainIds).toEqual(['second']);
  });

  it('refuses a different toolkit', () => {
    expect(() => copyForward(input({ toolkit: { ...makeToolkit(), id: 'relationships' } }))).toThrow(/same toolkit/);
  });
});

describe('chooseNextReviewToolkit', () => {
  const kept = makeToolkit();
  it.each([
    ['the newer shipped version', [version2()], '2.0.0'],
    ['the kept version when the app ships an older one', [{ ...kept, version: '0.9.0' }], '1.0.0'],
    ['the kept version when the app no longer ships the toolkit', [], '1.0.0'],
    ['the newest of several versions, whatever their order', [version2(), { ...kept, version: '1.5.0' }, { ...kept, version: '2.1.0' }], '2.1.0'],
    ['only versions of the same toolkit', [{ ...kept, id: 'other', version: '9.0.0' }], '1.0.0'],
  ] as const)('uses %s', (_name, shipped, version) => {
    expect(chooseNextReviewToolkit(kept, shipped).version).toBe(version);
  });
});
