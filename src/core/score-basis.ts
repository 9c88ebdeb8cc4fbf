/**
 * What a score rests on, said beside it wherever it is shown: a score from 1
 * of 40 statements reads very differently from one from all 40. A score is
 * the mean of the statements rated at a level; "not applicable" ones are
 * left out of it, and said so, so that the two numbers still add up.
 * Results, meeting mode, the PDF and the printable plan all say it with
 * these words.
 */

export interface ScoreBasis {
  /** Statements rated at a level: the ones the score is the mean of. */
  rated: number;
  notApplicable: number;
  total: number;
}

/** The basis of an overall score: every section's statements together. */
export function sumBasis(parts: readonly ScoreBasis[]): ScoreBasis {
  return parts.reduce(
    (sum, part) => ({ rated: sum.rated + part.rated, notApplicable: sum.notApplicable + part.notApplicable, total: sum.total + part.total }),
    { rated: 0, notApplicable: 0, total: 0 },
  );
}

const statements = (count: number) => (count === 1 ? 'statement' : 'statements');

/** "based on 3 of 6 statements", "based on all 6 statements", "no statements rated yet", each with "(1 not applicable)" when some are. */
export function describeBasis({ rated, notApplicable, total }: ScoreBasis): string {
  const besides = notApplicable > 0 ? ` (${notApplicable} not applicable)` : '';
  if (rated === 0) return `no statements rated yet${besides}`;
  if (rated === total && total > 1) return `based on all ${total} ${statements(total)}`;
  return `based on ${rated} of ${total} ${statements(total)}${besides}`;
}

/** The same, to stand on its own: "Based on 3 of 6 statements". */
export function describeBasisAlone(basis: ScoreBasis): string {
  const text = describeBasis(basis);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
