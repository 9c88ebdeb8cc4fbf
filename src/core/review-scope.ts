/**
 * A full review rates every statement; a quick review rates the toolkit's core
 * statements only. An audit's scope is applied once, where its toolkit is
 * read, so rating, scores, results, meeting mode and the plan all see the
 * same statements without knowing why.
 */
import type { Toolkit } from './toolkit-schema';

export const REVIEW_SCOPES = ['full', 'quick'] as const;
export type ReviewScope = (typeof REVIEW_SCOPES)[number];

/** Careful reading of guidance-like text, slower than everyday reading. */
export const READING_WORDS_PER_MINUTE = 200;
/** Reading a statement aloud, sharing evidence and agreeing a level in a team meeting. */
export const MEETING_MINUTES_PER_STATEMENT = 1.5;

export function offersQuickReview(toolkit: Toolkit): boolean {
  return toolkit.domains.some((domain) => domain.indicators.some((indicator) => indicator.core));
}

/** The toolkit as an audit of this scope sees it: a quick review keeps core statements, and the domains that have them. */
export function scopeToolkit(toolkit: Toolkit, scope: ReviewScope | undefined): Toolkit {
  if (scope !== 'quick' || !offersQuickReview(toolkit)) return toolkit;
  return {
    ...toolkit,
    domains: toolkit.domains
      .map((domain) => ({ ...domain, indicators: domain.indicators.filter((indicator) => indicator.core) }))
      .filter((domain) => domain.indicators.length > 0),
  };
}

export interface ReviewTime {
  statements: number;
  /** What a rater reads to choose a level: statements, level descriptors, evidence prompts and domain introductions. */
  words: number;
  readingMinutes: number;
  meetingMinutes: number;
}

export const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** Nobody plans a meeting to the minute: estimates are rounded up to five minutes. */
const roundUpToFive = (minutes: number) => Math.max(5, Math.ceil(minutes / 5) * 5);

/** An honest time for a review, computed from what there is to read and rate. */
export function estimateReviewTime(toolkit: Toolkit, scope: ReviewScope): ReviewTime {
  const scoped = scopeToolkit(toolkit, scope);
  const indicators = scoped.domains.flatMap((domain) => domain.indicators);
  const words =
    scoped.domains.reduce((sum, domain) => sum + countWords(domain.title) + countWords(domain.description), 0) +
    indicators.reduce(
      (sum, indicator) =>
        sum +
        countWords(indicator.statement) +
        Object.values(indicator.descriptors).reduce((total, descriptor) => total + countWords(descriptor), 0) +
        indicator.evidencePrompts.reduce((total, prompt) => total + countWords(prompt), 0),
      0,
    );
  return {
    statements: indicators.length,
    words,
    readingMinutes: roundUpToFive(words / READING_WORDS_PER_MINUTE),
    meetingMinutes: roundUpToFive(indicators.length * MEETING_MINUTES_PER_STATEMENT),
  };
}

/** How the two scopes are named to a school; an audit from before scopes existed is a full review. */
export function scopeName(scope: ReviewScope | undefined): string {
  return scope === 'quick' ? 'Quick review' : 'Full review';
}

/** "25 minutes", "1 hour", "1 hour 45 minutes": meetings are planned in hours once they reach one. */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const inMinutes = `${rest} ${rest === 1 ? 'minute' : 'minutes'}`;
  if (hours === 0) return inMinutes;
  const inHours = `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
  return rest === 0 ? inHours : `${inHours} ${inMinutes}`;
}

/** "14 statements. About 10 minutes to read beforehand and 25 minutes to rate together." */
export function describeReviewTime({ statements, readingMinutes, meetingMinutes }: ReviewTime): string {
  return `${statements} ${statements === 1 ? 'statement' : 'statements'}. About ${formatMinutes(readingMinutes)} to read beforehand and ${formatMinutes(meetingMinutes)} to rate together.`;
}
