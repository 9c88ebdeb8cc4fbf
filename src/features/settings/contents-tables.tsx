import type { BackupContents, BackupToolkitSummary } from '../../core/backup-import-plan';
import { formatDate, formatDateTime } from '../../core/format-date';

const TOOLKIT_STATUS: Record<BackupToolkitSummary['onDevice'], string> = {
  new: 'Will be added',
  same: 'Already here',
};

/** The audits and toolkits in a backup file, each marked against what this device holds. */
export function ContentsTables({ contents }: { contents: BackupContents }) {
  return (
    <>
      <div className="app-table-box">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Self-evaluations in the file</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Title</th>
              <th scope="col" className="govuk-table__header">School</th>
              <th scope="col" className="govuk-table__header">Toolkit</th>
              <th scope="col" className="govuk-table__header">Date</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Rated</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Plan actions</th>
              <th scope="col" className="govuk-table__header">On this device</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {contents.audits.map((audit) => (
              <tr className="govuk-table__row" key={audit.id}>
                <th scope="row" className="govuk-table__header">{audit.title}</th>
                <td className="govuk-table__cell">{audit.school}</td>
                <td className="govuk-table__cell">{audit.toolkitTitle}</td>
                <td className="govuk-table__cell">{formatDate(audit.date)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{audit.answered}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{audit.actions}</td>
                <td className="govuk-table__cell">
                  {audit.existing ? (
                    <>
                      <strong className="govuk-tag govuk-tag--yellow">Already here</strong> last edited {formatDateTime(audit.existing.updatedAt)}
                    </>
                  ) : (
                    <>
                      <strong className="govuk-tag govuk-tag--green">New</strong>
                      {audit.replacesDeleted && ' in place of the deleted copy in Recently deleted'}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="app-table-box">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Toolkits in the file</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Toolkit</th>
              <th scope="col" className="govuk-table__header">Version</th>
              <th scope="col" className="govuk-table__header">On this device</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {contents.toolkits.map((toolkit) => (
              <tr className="govuk-table__row" key={`${toolkit.id}@${toolkit.version}`}>
                <th scope="row" className="govuk-table__header">{toolkit.title}</th>
                <td className="govuk-table__cell">{toolkit.version}</td>
                <td className="govuk-table__cell">{TOOLKIT_STATUS[toolkit.onDevice]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
