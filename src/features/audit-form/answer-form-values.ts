import { NOT_APPLICABLE, type AnswersByIndicator, type Rating } from '../../core/audit';
import type { ReflectionField } from '../../core/audit-edit';
import type { ToolkitDomain } from '../../core/toolkit-schema';
import type { ReflectionsByDomain } from '../../operations/audits';

/** Radios hold strings: '' (unanswered), 'n/a', or a level value. */
export interface AnswerFields {
  rating: string;
  note: string;
}

export type ReflectionFields = Record<ReflectionField, string>;

export interface DomainFormValues {
  answers: Record<string, AnswerFields>;
  reflection: ReflectionFields;
}

export const REFLECTION_FIELDS: readonly ReflectionField[] = ['workingWell', 'evenBetterIf'];

export function ratingToField(rating: Rating): string {
  return rating === null ? '' : String(rating);
}

export function fieldToRating(field: string | null | undefined): Rating {
  if (field === null || field === undefined || field === '') return null;
  if (field === NOT_APPLICABLE) return NOT_APPLICABLE;
  const level = Number(field);
  return Number.isInteger(level) ? level : null;
}

export function toAnswerFields(answers: AnswersByIndicator, indicatorId: string): AnswerFields {
  const answer = answers[indicatorId];
  return { rating: ratingToField(answer?.rating ?? null), note: answer?.note ?? '' };
}

export function toReflectionFields(reflections: ReflectionsByDomain, domainId: string): ReflectionFields {
  const reflection = reflections[domainId];
  return { workingWell: reflection?.workingWell ?? '', evenBetterIf: reflection?.evenBetterIf ?? '' };
}

export function toFormValues(domain: ToolkitDomain, answers: AnswersByIndicator, reflections: ReflectionsByDomain): DomainFormValues {
  return {
    answers: Object.fromEntries(domain.indicators.map((indicator) => [indicator.id, toAnswerFields(answers, indicator.id)])),
    reflection: toReflectionFields(reflections, domain.id),
  };
}
