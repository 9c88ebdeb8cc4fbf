import { describe, expect, it } from 'vitest';
import type { VoiceAnswerSet } from '../../src/core/team';
import { countCollectedOn, validAnswers, voiceAnswersProblem } from '../../src/core/voice-answers';
import { makeToolkitWithDuties } from '../fixtures/toolkits';

const questionnaire = makeToolkitWithDuties().questionnaires![0]!;

describe('validAnswers and voiceAnswersProblem', () => {
  it.each([
    ['one answer', { welcome: 0 }, { welcome: 0 }, null],
    ['every answer, "Don’t know" included', { welcome: 4, told: 3 }, { welcome: 4, told: 3 }, null],
    ['nothing chosen', {}, {}, 'Choose an answer for at least one statement.'],
    ['a statement it does not have', { welcome: 1, gone: 1 }, { welcome: 1 }, 'Some of these answers are not for this questionnaire, so nothing was saved.'],
    ['off the scale', { welcome: 5 }, {}, 'Some of these answers are not for this questionnaire, so nothing was saved.'],
    ['not a whole number', { welcome: 1.5 }, {}, 'Some of these answers are not for this questionnaire, so nothing was saved.'],
    ['below the scale', { welcome: -1 }, {}, 'Some of these answers are not for this questionnaire, so nothing was saved.'],
    ['an inherited key', JSON.parse('{"__proto__": 1}') as Record<string, number>, {}, 'Some of these answers are not for this questionnaire, so nothing was saved.'],
  ])('%s', (_, answers, valid, problem) => {
    expect(validAnswers(questionnaire, answers)).toEqual(valid);
    expect(voiceAnswersProblem(questionnaire, answers)).toBe(problem);
  });
});

describe('countCollectedOn', () => {
  const at = (createdAt: number, questionnaireId = 'families'): VoiceAnswerSet => ({ auditId: 'a', id: String(createdAt), questionnaireId, answers: { welcome: 0 }, createdAt, updatedAt: createdAt });
  const day = (iso: string) => new Date(iso).getTime();

  it('counts the day’s answer sets for that questionnaire only', () => {
    const answerSets = [at(day('2026-12-03T09:00:00')), at(day('2026-12-03T20:30:00')), at(day('2026-12-02T23:59:00')), at(day('2026-12-03T10:00:00'), 'pupils')];
    expect(countCollectedOn(answerSets, 'families', '2026-12-03')).toBe(2);
    expect(countCollectedOn(answerSets, 'families', '2026-12-02')).toBe(1);
    expect(countCollectedOn(answerSets, 'pupils', '2026-12-04')).toBe(0);
  });
});
