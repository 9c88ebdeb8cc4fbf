import { describe, expect, it } from 'vitest';
import type { AnswersByIndicator } from '../../src/core/audit';
import type { VoiceAnswerSet } from '../../src/core/team';
import type { Toolkit } from '../../src/core/toolkit-schema';
import {
  describeShare,
  voiceHeading,
  questionnaireHiddenReason,
  SECTION_HIDDEN_REASON,
  STATEMENT_HIDDEN_REASON,
  summariseVoice,
  type QuestionnaireVoice,
} from '../../src/core/voice-summary';
import { makeToolkitWithDuties } from '../fixtures/toolkits';

// Indexes on AGREE_SCALE.
const SA = 0;
const A = 1;
const D = 2;
const SD = 3;
const DK = 4;

/** The fixture's families' questionnaire, with a third statement that informs both sections. */
function toolkitWithVoice(): Toolkit {
  const toolkit = makeToolkitWithDuties();
  toolkit.questionnaires![0]!.statements.push({ id: 'both', text: 'Both sections.', domainIds: ['first', 'second'] });
  return toolkit;
}

let nextId = 0;
function sets(...answers: Record<string, number>[]): VoiceAnswerSet[] {
  return answers.map((given) => ({ auditId: 'audit', id: `set-${++nextId}`, questionnaireId: 'families', answers: given, createdAt: 1, updatedAt: 1 }));
}

function families(answerSets: VoiceAnswerSet[], ratings: AnswersByIndicator = {}): QuestionnaireVoice {
  return summariseVoice(toolkitWithVoice(), answerSets, ratings)[0]!;
}

describe('summariseVoice: the questionnaire', () => {
  it.each([
    ['nobody', [], 0, false],
    ['two people', sets({ welcome: A }, { welcome: D }), 2, false],
    ['three people', sets({ welcome: A }, { welcome: D }, { told: DK }), 3, true],
    // Answers to statements the questionnaire does not have, or off the scale, do not make a person.
    ['two people and two sets of answers that do not count', sets({ welcome: A }, { welcome: A }, { gone: A }, { welcome: 7 }), 2, false],
  ])('%s: counted, and shown from three', (_, answerSets, counted, isShown) => {
    const voice = families(answerSets);
    expect(voice.answerSets).toBe(counted);
    expect(voice.isShown).toBe(isShown);
    expect(voice.hiddenReason).toBe(isShown ? null : questionnaireHiddenReason(counted));
    if (!isShown) expect([voice.statements, voice.sections]).toEqual([[], []]);
  });

  it('leaves out answer sets for other questionnaires', () => {
    const others = sets({ welcome: A }, { welcome: A }, { welcome: A }).map((set) => ({ ...set, questionnaireId: 'pupils' }));
    expect(families(others).answerSets).toBe(0);
  });

  it('is empty for a toolkit without questionnaires', () => {
    const toolkit = toolkitWithVoice();
    delete toolkit.questionnaires;
    expect(summariseVoice(toolkit, sets({ welcome: A }), {})).toEqual([]);
  });

  it('says why a small group is not shown', () => {
    expect(questionnaireHiddenReason(2)).toBe('Not shown: fewer than 3 people have answered so far (2).');
  });
});

describe('summariseVoice: a statement', () => {
  type Shown = { counts: number[]; agreePercent: number; disagreePercent: number; views: number; dontKnow: number };
  it.each<[string, number[], Shown | null]>([
    ['five views', [SA, A, A, D, SD], { counts: [1, 2, 1, 1, 0], agreePercent: 60, disagreePercent: 40, views: 5, dontKnow: 0 }],
    ['three views and two don’t knows', [A, D, D, DK, DK], { counts: [0, 1, 2, 0, 2], agreePercent: 33, disagreePercent: 67, views: 3, dontKnow: 2 }],
    // Two agrees among don't-knows would be two people's answers: hidden.
    ['two views and three don’t knows', [A, A, DK, DK, DK], null],
    ['all agree', [SA, SA, SA], { counts: [3, 0, 0, 0, 0], agreePercent: 100, disagreePercent: 0, views: 3, dontKnow: 0 }],
    // 1 of 8 is 12.5%: halves go up, and the two shares still add up to 100.
    ['one in eight agree', [A, D, D, D, D, SD, SD, SD], { counts: [0, 1, 4, 3, 0], agreePercent: 13, disagreePercent: 87, views: 8, dontKnow: 0 }],
  ])('%s', (_, welcome, expected) => {
    const voice = families(sets(...welcome.map((answer) => ({ welcome: answer, told: A }))));
    const statement = voice.statements.find((candidate) => candidate.statementId === 'welcome')!;
    expect(statement.answered).toBe(welcome.length);
    expect(statement.isShown).toBe(expected !== null);
    if (expected) {
      const { counts, ...share } = expected;
      expect(statement.counts).toEqual(counts);
      expect(statement.share).toMatchObject(share);
      expect(statement.hiddenReason).toBeNull();
    } else {
      expect([statement.counts, statement.share, statement.hiddenReason]).toEqual([null, null, STATEMENT_HIDDEN_REASON]);
    }
  });

  it('lists every statement of a shown questionnaire, those nobody answered as hidden', () => {
    const voice = families(sets({ welcome: A }, { welcome: A }, { welcome: D }));
    expect(voice.statements.map((statement) => [statement.statementId, statement.answered, statement.isShown])).toEqual([
      ['welcome', 3, true],
      ['told', 0, false],
      ['both', 0, false],
    ]);
  });
});

describe('summariseVoice: a section', () => {
  it('pools the answers to its shown statements only', () => {
    // "welcome" (first) has four views; "both" (first and second) only two, so it is hidden and left out of both sections.
    const voice = families(sets({ welcome: A, both: D }, { welcome: A, both: D }, { welcome: SA }, { welcome: D, told: A }));
    const first = voice.sections.find((section) => section.domainId === 'first')!;
    expect(first.statementIds).toEqual(['welcome', 'both']);
    expect(first.share).toMatchObject({ views: 4, agreeing: 3, disagreeing: 1, agreePercent: 75 });
    const second = voice.sections.find((section) => section.domainId === 'second')!;
    expect(second.statementIds).toEqual(['told', 'both']);
    expect([second.isShown, second.share, second.hiddenReason]).toEqual([false, null, SECTION_HIDDEN_REASON]);
  });

  it('pools a statement that informs two sections into each', () => {
    // first: welcome (3 agree) and both (2 agree, 1 disagree, 1 don’t know); second: both only, as told has one view.
    const voice = families(sets({ welcome: A, both: A }, { welcome: A, both: D }, { welcome: A, both: DK }, { told: D, both: A }));
    expect(voice.sections.map((section) => [section.domainId, section.share?.views, section.share?.agreeing])).toEqual([
      ['first', 6, 5],
      ['second', 3, 2],
    ]);
  });

  it('leaves out sections that none of its statements inform', () => {
    const toolkit = toolkitWithVoice();
    toolkit.questionnaires![0]!.statements = [{ id: 'welcome', text: 'I feel welcome.', domainIds: ['second'] }];
    const [voice] = summariseVoice(toolkit, sets({ welcome: A }, { welcome: A }, { welcome: A }), {});
    expect(voice!.sections.map((section) => section.domainId)).toEqual(['second']);
  });

  it.each([
    // First domain: a1..a3. Everyone agrees (100); the scale runs 1 to 4.
    ['not rated', {}, null, null, null],
    ['rated 4 throughout', { a1: 4, a2: 4, a3: 4 }, 4, 100, 'similar'],
    ['rated 2', { a1: 2 }, 2, 33, 'more-positive'],
    ['rated 3', { a1: 3 }, 3, 67, 'more-positive'],
    ['rated 3.5 (3, 4)', { a1: 3, a2: 4 }, 3.5, 83, 'similar'],
  ])('beside the self-evaluation’s score, %s', (_, rated, score, position, difference) => {
    const ratings = Object.fromEntries(Object.entries(rated).map(([id, rating]) => [id, { rating, note: '' }]));
    const voice = families(sets({ welcome: A }, { welcome: SA }, { welcome: A }), ratings);
    const first = voice.sections.find((section) => section.domainId === 'first')!;
    expect([first.score, first.scorePosition, first.difference]).toEqual([score, position, difference]);
  });

  it('flags a section the families see less positively', () => {
    const ratings = { a1: { rating: 4, note: '' } };
    const voice = families(sets({ welcome: D }, { welcome: SD }, { welcome: A }), ratings);
    expect(voice.sections[0]).toMatchObject({ domainId: 'first', difference: 'less-positive', scorePosition: 100 });
    expect(voice.sections[0]!.share?.agreePercent).toBe(33);
  });
});

describe('describeShare', () => {
  const share = { views: 5, agreeing: 4, disagreeing: 1, dontKnow: 2, agreePercent: 80, disagreePercent: 20 };
  it.each([
    ['people', share, '80% agree, 20% disagree (of 5 people who gave a view)'],
    ['answers', share, '80% agree, 20% disagree (of 5 answers giving a view)'],
    ['people', { ...share, views: 1 }, '80% agree, 20% disagree (of 1 person who gave a view)'],
  ] as const)('of %s', (of, given, words) => {
    expect(describeShare(given, of)).toBe(words);
  });
});

describe('voiceHeading', () => {
  it.each([
    [[], ''],
    [['families'], 'What families say'],
    [['families', 'pupils', 'families'], 'What families and pupils say'],
    [['families', 'pupils', 'staff'], 'What families, pupils and staff say'],
  ] as const)('%j', (audiences, heading) => {
    expect(voiceHeading(audiences.map((audience) => ({ audience })))).toBe(heading);
  });
});
