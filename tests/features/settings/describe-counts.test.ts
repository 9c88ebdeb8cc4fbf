import { describe, expect, it } from 'vitest';
import { describeCounts } from '../../../src/features/settings/describe-counts';

const none = { audits: 0, answers: 0, reflections: 0, actions: 0, actionReviews: 0, planReviews: 0, respondents: 0, responses: 0, agreedRatings: 0, voiceAnswers: 0, toolkits: 0 };

describe('describeCounts', () => {
  it.each([
    [{ ...none }, '0 self-evaluations'],
    [{ ...none, audits: 1, answers: 30, reflections: 7 }, '1 self-evaluation'],
    [{ ...none, audits: 1, actions: 2, toolkits: 1 }, '1 self-evaluation, 2 plan actions and 1 toolkit'],
    [{ ...none, audits: 3, answers: 8, reflections: 3, actions: 4, planReviews: 3, toolkits: 2 }, '3 self-evaluations, 4 plan actions, 3 progress checks and 2 toolkits'],
    [{ ...none, audits: 2, planReviews: 1 }, '2 self-evaluations and 1 progress check'],
  ])('describes %o as “%s”', (counts, text) => {
    expect(describeCounts(counts)).toBe(text);
  });
});
