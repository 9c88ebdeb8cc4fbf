import { NOT_APPLICABLE, type AnswersByIndicator, type Rating } from '../../core/audit';
import type { ToolkitDomain } from '../../core/toolkit-schema';
import type { AnswerChange } from '../../storage/audit-store';

/** Radios hold strings: '' (unanswered), 'n/a', or a level value. */
export interface AnswerFields {
  rating: string;
  note: string;
}

export type DomainFormValues = Record<string, AnswerFields>;

export function ratingToField(rating: Rating): string {
  return rating === null ? '' : String(rating);
}

export function fieldToRating(field: string | null | undefined): Rating {
  if (field === null || field === undefined || field === '') return null;
  if (field === NOT_APPLICABLE) return NOT_APPLICABLE;
  const level = Number(field);
  return Number.isInteger(level) ? level : null;
}

export function toFormValues(domain: ToolkitDomain, answers: AnswersByIndicator): DomainFormValues {
  return Object.fromEntries(
    domain.indicators.map((indicator) => {
      const answer = answers[indicator.id];
      return [indicator.id, { rating: ratingToField(answer?.rating ?? null), note: answer?.note ?? '' }];
    }),
  );
}

export function toAnswerChange(indicatorId: string, fields: Partial<AnswerFields> | undefined): AnswerChange {
  return { indicatorId, rating: fieldToRating(fields?.rating), note: fields?.note ?? '' };
}
