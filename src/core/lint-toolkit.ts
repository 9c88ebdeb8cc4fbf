import { mentionsTerm, termForms } from './glossary-terms';
import type { ValidationProblem } from './parse-toolkit';
import { countWords } from './review-scope';
import type { Toolkit } from './toolkit-schema';

/** A quick review rates this many core statements: enough to see every domain, few enough for one meeting. */
export const CORE_MIN = 12;
export const CORE_MAX = 16;
export const QUESTIONNAIRE_MIN = 8;
export const QUESTIONNAIRE_MAX = 12;
/** Questionnaire statements are read by families and pupils, often at a kiosk: short sentences only. */
export const QUESTIONNAIRE_WORDS_MAX = 20;

const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|half|third|thirds|quarter|quarters|twice|double|both|majority|all|none|zero';
const TIME_WORDS =
  'term|terms|half[- ]term|year|years|month|months|week|weeks|day|days|fortnight|january|february|march|april|may|june|july|august|september|october|november|december|autumn|spring|summer|survey|census|review|\\d{4}';
const HOW_MUCH = new RegExp(
  `\\d|%|\\b(${NUMBER_WORDS}|at least|no more than|fewer than|more than)\\b|\\bevery (?!(half[- ])?(term|year|month|week|day|fortnight|session)\\b)`,
  'i',
);
const BY_WHEN = new RegExp(`\\b(termly|weekly|monthly|annually|daily|fortnightly)\\b|\\b(by|before|within|until|from|at|in|each|every|per|this|next)\\b[^.]*?\\b(${TIME_WORDS})\\b`, 'i');

/**
 * Whether a success measure says how much and by when. A rule can only look
 * for a number or proportion and a time; whether it is the right measure is
 * for the author. "Attendance at parents' evening rises" says neither.
 */
export function measurableParts(successMeasure: string): { howMuch: boolean; byWhen: boolean } {
  return { howMuch: HOW_MUCH.test(successMeasure), byWhen: BY_WHEN.test(successMeasure) };
}

/**
 * How many conditions a descriptor lists: the parts between commas,
 * semicolons, "and" and "or". A level that judges one observable thing has
 * one or two; "A, B, C and D" asks a reader to judge four at once.
 */
export function countListedConditions(descriptor: string): number {
  return descriptor
    .replace(/[.]$/, '')
    .split(/[,;]|\band\b|\bor\b/i)
    .filter((part) => part.trim().length > 0).length;
}

/** Every piece of toolkit text a reader meets, where a glossary term can appear. */
export function toolkitTexts(toolkit: Toolkit): string[] {
  return toolkit.domains.flatMap((domain) => [
    domain.description,
    ...domain.indicators.flatMap((indicator) => [
      indicator.statement,
      ...Object.values(indicator.descriptors),
      ...indicator.evidencePrompts,
      ...indicator.suggestedActions.flatMap((suggested) => [suggested.action, suggested.successMeasure]),
    ]),
  ]);
}

/**
 * Editorial rules the schema cannot express: descriptors that say the same
 * thing twice (a school could not choose between levels), success measures
 * that cannot be measured, a quick review of the wrong size, glossary terms
 * the text never uses, and questionnaires too long or wordy to answer.
 */
export function lintToolkit(toolkit: Toolkit): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const usesCore = toolkit.domains.some((domain) => domain.indicators.some((indicator) => indicator.core));
  toolkit.domains.forEach((domain, d) => {
    if (usesCore && !domain.indicators.some((indicator) => indicator.core)) {
      problems.push({ path: `domains[${d}]`, message: 'has no core statement, so a quick review would leave this domain out' });
    }
    domain.indicators.forEach((indicator, i) => {
      const at = `domains[${d}].indicators[${i}]`;
      const seen = new Map<string, string>();
      for (const [level, descriptor] of Object.entries(indicator.descriptors)) {
        const key = normalise(descriptor);
        const twin = seen.get(key);
        if (twin !== undefined) {
          problems.push({ path: `${at}.descriptors.${level}`, message: `repeats the descriptor for level ${twin}` });
        }
        seen.set(key, level);
        if (key === normalise(indicator.statement)) {
          problems.push({ path: `${at}.descriptors.${level}`, message: 'repeats the statement; say what this level looks like' });
        }
      }
      indicator.suggestedActions.forEach((suggested, s) => {
        const { howMuch, byWhen } = measurableParts(suggested.successMeasure);
        const missing = [howMuch ? '' : 'how much (a number or a proportion)', byWhen ? '' : 'by when (a date, a term or a named event)'].filter(Boolean);
        if (missing.length > 0) {
          problems.push({ path: `${at}.suggestedActions[${s}].successMeasure`, message: `does not say ${missing.join(' or ')}` });
        }
      });
    });
  });
  const coreCount = toolkit.domains.reduce((sum, domain) => sum + domain.indicators.filter((indicator) => indicator.core).length, 0);
  if (usesCore && (coreCount < CORE_MIN || coreCount > CORE_MAX)) {
    problems.push({ path: 'domains', message: `marks ${coreCount} core statements; a quick review needs ${CORE_MIN} to ${CORE_MAX}` });
  }
  const texts = toolkitTexts(toolkit);
  toolkit.glossary?.forEach((entry, g) => {
    if (!texts.some((text) => mentionsTerm(text, termForms(entry)))) {
      problems.push({ path: `glossary[${g}]`, message: `"${entry.term}" does not appear in the toolkit, so nobody would see its definition` });
    }
  });
  toolkit.questionnaires?.forEach((questionnaire, q) => {
    const count = questionnaire.statements.length;
    if (count < QUESTIONNAIRE_MIN || count > QUESTIONNAIRE_MAX) {
      problems.push({ path: `questionnaires[${q}].statements`, message: `has ${count} statements; a questionnaire has ${QUESTIONNAIRE_MIN} to ${QUESTIONNAIRE_MAX}` });
    }
    questionnaire.statements.forEach((statement, s) => {
      const words = countWords(statement.text);
      if (words > QUESTIONNAIRE_WORDS_MAX) {
        problems.push({ path: `questionnaires[${q}].statements[${s}].text`, message: `has ${words} words; keep it to ${QUESTIONNAIRE_WORDS_MAX} or fewer` });
      }
    });
  });
  return problems;
}
