import { Link } from 'react-router';
import type { ChartModel } from '../../core/chart-model';
import { paths } from '../../lib/paths';

/** The radar's text alternative: every number the chart draws, what each score rests on, and the change when comparing. */
export function ScoresTable({ model, auditId }: { model: ChartModel; auditId: string }) {
  return (
    <div className="app-scores-table-box">
      <table className="govuk-table app-scores-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Scores by section</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Section</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Score</th>
            <th scope="col" className="govuk-table__header">Level</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Based on</th>
            {model.isComparing && (
              <>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Earlier</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Change</th>
              </>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {model.domains.map((domain) => (
            <tr className="govuk-table__row" key={domain.domainId}>
              <th scope="row" className="govuk-table__header">
                <Link className="govuk-link" to={paths.domain(auditId, domain.domainId)}>
                  {domain.title}
                </Link>
                {domain.isPriority && (
                  <>
                    {' '}
                    <strong className="govuk-tag govuk-tag--blue app-priority-tag">Priority</strong>
                  </>
                )}
              </th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{domain.scoreText}</td>
              <td className="govuk-table__cell">{domain.levelName ?? '–'}</td>
              {/* "Based on 3 of 6": short enough to leave the section's title on one line, on the page and on A4. */}
              <td className="govuk-table__cell govuk-table__cell--numeric">
                {domain.rated} of {domain.total}
                <span className="govuk-visually-hidden"> statements</span>
              </td>
              {model.isComparing && (
                <>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{domain.earlier?.scoreText ?? '–'}</td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{domain.changeText}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
