/**
 * One person's answers to a voice questionnaire, as the kiosk sends them:
 * checked here before storage keeps them, and read back with the same rule,
 * so that an answer to a statement a later edition dropped, or a value off
 * the scale, never counts.
 */
import { todayIsoDate } from './format-date';
import { AGREE_SCALE } from './questionnaires';
import type { VoiceAnswerSet } from './team';
import type { Questionnaire } from './toolkit-schema';

/** Statement id → index on AGREE_SCALE. */
export type VoiceAnswers = Readonly<Record<string, number>>;

export function isAgreeIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < AGREE_SCALE.length;
}

/** The answers that belong to the questionnaire's statements and lie on the scale; anything else is dropped. */
export function validAnswers(questionnaire: Questionnaire, answers: VoiceAnswers): Record<string, number> {
  const valid: Record<string, number> = {};
  for (const statement of questionnaire.statements) {
    if (Object.hasOwn(answers, statement.id) && isAgreeIndex(answers[statement.id])) valid[statement.id] = answers[statement.id]!;
  }
  return valid;
}

/** Why a set of answers cannot be kept, in words for the person at the kiosk; null when it can. */
export function voiceAnswersProblem(questionnaire: Questionnaire, answers: VoiceAnswers): string | null {
  const keys = Object.keys(answers);
  if (keys.length === 0) return 'Choose an answer for at least one statement.';
  if (Object.keys(validAnswers(questionnaire, answers)).length !== keys.length) {
    return 'Some of these answers are not for this questionnaire, so nothing was saved.';
  }
  return null;
}

/** How many answer sets for a questionnaire were collected on a day (yyyy-mm-dd, the device's own time zone). */
export function countCollectedOn(answerSets: readonly VoiceAnswerSet[], questionnaireId: string, day: string): number {
  return answerSets.filter((set) => set.questionnaireId === questionnaireId && todayIsoDate(new Date(set.createdAt)) === day).length;
}
