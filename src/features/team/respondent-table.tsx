import { useState } from 'react';
import { Link } from 'react-router';
import { auditProgress } from '../../core/progress';
import { respondentGroupsOf, type Respondent } from '../../core/team';
import { groupTitle } from '../../core/team-ratings';
import { paths } from '../../lib/paths';
import { saveFile } from '../../lib/save-file';
import { makeInvitation, removeRespondent, reopenRating, undoRemoveRespondent, type TeamPageData } from '../../operations/team';
import { RespondentRow } from './respondent-row';

const saveTeamFile = ({ text, fileName }: { text: string; fileName: string }) => saveFile(new Blob([text], { type: 'application/json' }), fileName);

/** Everyone asked, the lead first, with how far each has got and what the lead can do next for them. */
export function RespondentTable({ data, onRemoved }: { data: TeamPageData; onRemoved: (person: { id: string; name: string }) => void }) {
  const { audit, toolkit, respondents, rated, leadRated } = data;
  const [failure, setFailure] = useState<string | null>(null);
  const total = auditProgress(toolkit, {}).total;
  const groups = respondentGroupsOf(toolkit);
  const active = respondents.filter((respondent) => respondent.removedAt === null);
  const removed = respondents.filter((respondent) => respondent.removedAt !== null);
  const onOwnDevice = active.filter((respondent) => respondent.takesPart === 'own-device');

  const run = (work: () => Promise<void>) =>
    void work().then(
      () => setFailure(null),
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  const remove = (respondent: Respondent) => run(() => removeRespondent(audit.id, respondent.id).then(() => onRemoved(respondent)));

  return (
    <>
      {failure && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {failure}
        </p>
      )}
      <table className="govuk-table app-team-table">
        <caption className="govuk-table__caption govuk-visually-hidden">People asked to rate</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name or role
            </th>
            <th scope="col" className="govuk-table__header">
              Group
            </th>
            <th scope="col" className="govuk-table__header">
              Ratings received
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">
              You{audit.participants ? ` (${audit.participants})` : ''}
            </th>
            <td className="govuk-table__cell">{groupTitle(groups, audit.team!.leadGroupId)}</td>
            <td className="govuk-table__cell">{leadRated === 0 ? 'None yet' : `${leadRated} of ${total} statements`}</td>
            <td className="govuk-table__cell">
              <Link className="govuk-link" to={paths.audit(audit.id)}>
                Rate<span className="govuk-visually-hidden"> yourself</span>
              </Link>
            </td>
          </tr>
          {active.map((respondent) => (
            <RespondentRow
              key={respondent.id}
              auditId={audit.id}
              respondent={respondent}
              groupTitle={groupTitle(groups, respondent.groupId)}
              rated={rated[respondent.id] ?? 0}
              total={total}
              onDownloadInvitation={() => run(async () => saveTeamFile(await makeInvitation(audit.id, respondent.id)))}
              onLetChange={() =>
                reopenRating(audit.id, respondent.id).then(
                  () => {
                    setFailure(null);
                    return true;
                  },
                  (error: unknown) => {
                    setFailure(error instanceof Error ? error.message : String(error));
                    return false;
                  },
                )
              }
              onRemove={() => remove(respondent)}
            />
          ))}
        </tbody>
      </table>
      {removed.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Removed</h3>
          <p className="govuk-body">Their answers are kept but do not count. Put someone back to count them again.</p>
          <ul className="govuk-list">
            {removed.map((respondent) => (
              <li key={respondent.id}>
                {respondent.name} ({groupTitle(groups, respondent.groupId)}){' '}
                <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => run(() => undoRemoveRespondent(audit.id, respondent.id))}>
                  Put back<span className="govuk-visually-hidden"> {respondent.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {onOwnDevice.length > 1 && (
        <>
          <p className="govuk-body">Or send everyone the same file: each person chooses their own name when they open it.</p>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={() => run(async () => saveTeamFile(await makeInvitation(audit.id, null)))}>
            Download one invitation for everyone
          </button>
        </>
      )}
    </>
  );
}
