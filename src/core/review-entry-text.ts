/**
 * One review of an action as the printable plan, the PDF and the Word
 * document write it under the action: "3 February 2027: On track; success
 * measure partly met." then what was said and the evidence seen. One
 * function, so the three read alike.
 */
import type { ActionReviewEntry } from './action-reviews';

/** Said above an action's reviews. */
export const REVIEW_HISTORY_TITLE = 'Progress at each review';

export interface ReviewEntryText {
  /** "3 February 2027:", set in bold before the rest. */
  date: string;
  /** "On track; success measure partly met." (the measure left out until the reviewer says). */
  standing: string;
  /** The progress note, or empty. */
  note: string;
  /** "Evidence: MIS report", or empty. */
  evidence: string;
}

export function describeReviewEntry(entry: ActionReviewEntry): ReviewEntryText {
  const measure = entry.measureMet ? `; success measure ${entry.measureLabel.toLowerCase()}` : '';
  return {
    date: `${entry.dateText}:`,
    standing: `${entry.statusLabel}${measure}.`,
    note: entry.note,
    evidence: entry.evidence ? `Evidence: ${entry.evidence}` : '',
  };
}

/** All of the entry after its date, as one run of text. */
export function reviewEntryRest(entry: ActionReviewEntry): string {
  const { standing, note, evidence } = describeReviewEntry(entry);
  return [standing, note, evidence].filter(Boolean).join(' ');
}

/** The whole entry on one line. */
export function reviewEntryLine(entry: ActionReviewEntry): string {
  return `${describeReviewEntry(entry).date} ${reviewEntryRest(entry)}`;
}
