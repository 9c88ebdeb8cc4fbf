import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { Respondent } from '../../core/team';
import { paths } from '../../lib/paths';

interface RespondentRowProps {
  auditId: string;
  respondent: Respondent;
  groupTitle: string;
  /** Statements they have rated. */
  rated: number;
  total: number;
  onDownloadInvitation: () => void;
  /** Whether it worked (the table shows why not). */
  onLetChange: () => Promise<boolean>;
  onRemove: () => void;
}

/** How far a person has got: a count, kept hidden (but for the count) until the lead reveals the ratings of those who rate on this device. */
function progressOf({ respondent, rated, total }: Pick<RespondentRowProps, 'respondent' | 'rated' | 'total'>): string {
  if (rated === 0) return respondent.finishedAt === null ? 'None yet' : 'Finished, with none rated';
  const finished = respondent.finishedAt === null ? '' : 'Finished. ';
  if (respondent.takesPart === 'this-device' && !respondent.revealed) return `${finished}Rated ${rated} statements — hidden until you reveal them`;
  return `${finished}${rated} of ${total} statements`;
}

/** One person asked to rate, with what the lead can do next for them: send an invitation, or hand over this device. */
export function RespondentRow({ auditId, respondent, groupTitle, rated, total, onDownloadInvitation, onLetChange, onRemove }: RespondentRowProps) {
  const isHere = respondent.takesPart === 'this-device';
  const rateNow = useRef<HTMLAnchorElement>(null);
  const isReopening = useRef(false);
  // The button pressed is gone once they may change their ratings: focus moves to what replaces it.
  useEffect(() => {
    if (!isReopening.current || respondent.finishedAt !== null) return;
    isReopening.current = false;
    rateNow.current?.focus();
  }, [respondent.finishedAt]);
  const letChange = () => {
    isReopening.current = true;
    void onLetChange().then((isDone) => {
      if (!isDone) isReopening.current = false;
    });
  };
  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {respondent.name}
        <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0 app-team-table__where">{isHere ? 'Rates on this device' : 'Rates on their own laptop'}</span>
      </th>
      <td className="govuk-table__cell">{groupTitle}</td>
      <td className="govuk-table__cell">{progressOf({ respondent, rated, total })}</td>
      <td className="govuk-table__cell">
        <div className="app-button-row">
          {!isHere && (
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onDownloadInvitation}>
              Download invitation<span className="govuk-visually-hidden"> for {respondent.name}</span>
            </button>
          )}
          {isHere && respondent.finishedAt === null && (
            <Link ref={rateNow} className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" to={paths.respondent(auditId, respondent.id)}>
              Rate now<span className="govuk-visually-hidden"> as {respondent.name}</span>
            </Link>
          )}
          {isHere && respondent.finishedAt !== null && (
            <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={letChange}>
              Let {respondent.name} change their ratings
            </button>
          )}
          <button type="button" className="govuk-button govuk-button--warning govuk-!-margin-bottom-0" onClick={onRemove}>
            Remove<span className="govuk-visually-hidden"> {respondent.name}</span>
          </button>
        </div>
      </td>
    </tr>
  );
}
