/** The voice questionnaires a toolkit ships, as they are printed and handed out. */
import type { Questionnaire, Toolkit } from './toolkit-schema';

/** The answers offered beside every statement, in the order they are printed. */
export const AGREE_SCALE = ['Strongly agree', 'Agree', 'Disagree', 'Strongly disagree', 'Don’t know'] as const;

const AUDIENCE_WORDS: Record<Questionnaire['audience'], string> = { families: 'families', pupils: 'pupils', staff: 'staff' };

/** "Ask families and pupils": who the toolkit's questionnaires are for; empty when it has none. */
export function askHeading(toolkit: Toolkit): string {
  const audiences = [...new Set((toolkit.questionnaires ?? []).map((questionnaire) => AUDIENCE_WORDS[questionnaire.audience]))];
  if (audiences.length === 0) return '';
  const last = audiences.pop()!;
  return `Ask ${audiences.length > 0 ? `${audiences.join(', ')} and ${last}` : last}`;
}
