import type { RatingSource } from '../../core/combine-responses';
import { ratingSourceLabel } from '../../core/team-spread';

/**
 * Beside a team's rating, wherever it is shown: "Agreed", or "Median, not yet
 * agreed" for the median standing in. Text in a tag, never colour alone.
 */
export function RatingSourceTag({ source }: { source: RatingSource | undefined }) {
  const label = source ? ratingSourceLabel(source) : null;
  if (!label) return null;
  return (
    <>
      {' '}
      <strong className={`govuk-tag app-source-tag ${source === 'agreed' ? 'govuk-tag--green' : 'govuk-tag--grey'}`}>{label}</strong>
    </>
  );
}
