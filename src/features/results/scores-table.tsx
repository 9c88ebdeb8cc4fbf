import { Link } from 'react-router';
import type { ChartModel } from '../../core/chart-model';
import { MEDIAN_LABEL } from '../../core/team-spread';
import type { SectionStatements } from '../../core/team-statements';
import { paths } from '../../lib/paths';

interface ScoresTableProps {
  model: ChartModel;
  auditId: string;
  /** For a team's self-evaluation: each section's statements, to say how many of its ratings the team has agreed. */
  teamSections?: readonly SectionStatements[] | null;
}

/**
 * The radar's text alternative: every number the chart draws, what each score
 * rests on, the change when comparing, and for a team how much of each score
 * is agreed rather than the median standing in.
 */
export function ScoresTable({ model, auditId, teamSections = null }: ScoresTableProps) {
  return (
    <>
      <div className="app-scores-table-box">
        <table className="govuk-table app-scores-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Scores by section</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Section</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Score</th>
              <th scope="col" className="govuk-table__header">Level</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Based on</th>
              {teamSections && (
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                  Agreed
                </th>
              )}
              {model.isComparing && (
                <>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Earlier</th>
                  <th scope="col" className="govuk-table__header govuk-table__header--numeric">Change</th>
                </>
              )}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {model.domains.map((domain) => {
              const team = teamSections?.find((section) => section.domainId === domain.domainId);
              return (
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
                  {teamSections && (
                    <td className="govuk-table__cell govuk-table__cell--numeric">
                      {team?.agreed ?? 0} of {team?.statements.length ?? domain.total}
                      <span className="govuk-visually-hidden"> statements agreed</span>
                    </td>
                  )}
                  {model.isComparing && (
                    <>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{domain.earlier?.scoreText ?? '–'}</td>
                      <td className="govuk-table__cell govuk-table__cell--numeric">{domain.changeText}</td>
                    </>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {teamSections && (
        <p className="govuk-body">
          These are the team’s scores. Agreed: how many of a section’s statements the team has agreed a level for. Until it does, a statement
          counts at the median of the levels people gave (“{MEDIAN_LABEL}”).
        </p>
      )}
    </>
  );
}
