/**
 * One review of an action as the printable plan, the PDF and the Word
 * document write it under the action: "3 February 2027: On track; success
 * measure partly met." then what was said and the evidence seen. One
 * function, so the three read alike.
 */
import type { ActionReviewEntry } from './action-reviews';

export interface ReviewEntryText {
  /** "3 February 2027: On track; success measure partly met." (the measure left out until the reviewer says). */
  summary: string;
  /** The progress note, or empty. */
  note: string;
  /** "Evidence: MIS report", or empty. */
  evidence: string;
}

export function describeReviewEntry(entry: ActionReviewEntry): ReviewEntryText {
  const measure = entry.measureMet ? `; success measure ${entry.measureLabel.toLowerCase()}` : '';
  return {
    summary: `${entry.dateText}: ${entry.statusLabel}${measure}.`,
    note: entry.note,
    evidence: entry.evidence ? `Evidence: ${entry.evidence}` : '',
  };
}

/** The whole entry on one line, for a format that writes it as one paragraph. */
export function reviewEntryLine(entry: ActionReviewEntry): string {
  const { summary, note, evidence } = describeReviewEntry(entry);
  return [summary, note, evidence].filter(Boolean).join(' ');
}
