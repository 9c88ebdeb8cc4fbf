import { useState } from 'react';
import type { Respondent } from '../../core/team';
import { revealRatings } from '../../operations/team';

/** Names as a sentence says them: "Kim", "Kim and Lee", "Kim, Lee and Jo". */
function listNames(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The ratings of people who rated in turn on this device stay out of the
 * results and meeting mode until the lead reveals them, so that nobody rating
 * after someone else has seen, or been steered by, their ratings.
 */
export function RevealRatings({ auditId, respondents }: { auditId: string; respondents: readonly Respondent[] }) {
  const [revealed, setRevealed] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const here = respondents.filter((respondent) => respondent.takesPart === 'this-device' && respondent.removedAt === null);
  const hidden = here.filter((respondent) => !respondent.revealed);
  const stillRating = hidden.filter((respondent) => respondent.finishedAt === null);
  if (here.length === 0) return null;

  const reveal = async () => {
    const names = listNames(hidden.map((respondent) => respondent.name));
    try {
      await revealRatings(auditId);
      setFailure(null);
      setRevealed(`The ratings of ${names} are revealed. They now count in the results and meeting mode.`);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section aria-labelledby="this-device-heading" className="govuk-!-margin-bottom-6">
      <h3 className="govuk-heading-s" id="this-device-heading">
        Ratings given on this device
      </h3>
      {/* Always in the page, so that what it says is announced when it changes. */}
      <p className="govuk-body" role="status">
        {hidden.length === 0 ? (revealed ?? 'The ratings given on this device are revealed: they count in the results and meeting mode.') : ''}
      </p>
      {failure && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {failure}
        </p>
      )}
      {hidden.length > 0 && (
        <>
          <p className="govuk-body">
            The ratings of {listNames(hidden.map((respondent) => respondent.name))} are hidden, so that each person rated without seeing anyone else’s. They do
            not count in the results or meeting mode yet. Revealing them counts them, and anyone who can see this screen can then see how the team rated.
          </p>
          {stillRating.length > 0 && (
            <p className="govuk-body">
              {listNames(stillRating.map((respondent) => respondent.name))} {stillRating.length === 1 ? 'has' : 'have'} not finished rating yet.
            </p>
          )}
          <button type="button" className="govuk-button" onClick={() => void reveal()}>
            Reveal the ratings
          </button>
        </>
      )}
    </section>
  );
}
