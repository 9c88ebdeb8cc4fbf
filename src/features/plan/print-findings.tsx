import { TableBox } from '../../components/table-box';
import type { PlanReport, PlanReportIndicator } from '../../core/plan-report';

const EVIDENCE_COLUMN = 'How do we know?';

/** One person's rating; for a team, the level that stands (and why), how many chose each level, and whether views differ. */
function Rating({ report, indicator }: { report: PlanReport; indicator: PlanReportIndicator }) {
  const { team } = indicator;
  if (!team || !report.team) return <strong>{indicator.rating}</strong>;
  return (
    <>
      <strong>{team.head}</strong>
      {team.reason && <span className="app-plan-text"> — {team.reason}</span>}
      <span className="app-plan-print__distribution app-plan-secondary">{team.distribution}</span>
      {team.isDisagreement && <strong className="govuk-tag govuk-tag--orange app-plan-print__differ">{report.team.disagreementLabel}</strong>}
    </>
  );
}

/**
 * Each section's score, reflections and ratings, one after another (no page
 * per section), with the evidence notes unless they are left out. Narrow,
 * a ratings table stacks as the action plan does (see print-actions.tsx).
 */
export function PrintFindings({ report }: { report: PlanReport }) {
  const ratingColumn = report.team?.ratingColumn ?? 'Rating';
  return (
    <section className="app-plan-print__section" aria-labelledby="print-findings">
      <h2 className="govuk-heading-l" id="print-findings">
        Findings by section
      </h2>
      {!report.includesEvidence && <p className="govuk-body app-plan-secondary">The evidence notes are left out of this copy.</p>}
      {report.team && <p className="govuk-body">{report.team.statementsIntro}</p>}
      {report.domains.map((domain, index) => (
        <section key={domain.id} className="app-plan-print__domain" aria-labelledby={`print-domain-${domain.id}`}>
          <div className="app-plan-print__keep">
            <h3 className="govuk-heading-m" id={`print-domain-${domain.id}`}>
              {index + 1}. {domain.title}
            </h3>
            <p className="govuk-body app-plan-secondary">
              {domain.isPriority ? 'Priority section. ' : ''}
              {domain.scoreLine}.
            </p>
            <div className="app-plan-print__reflections">
              <div className="app-plan-print__reflection app-plan-print__reflection--well">
                <h4 className="govuk-heading-s">What is working well</h4>
                <p className="govuk-body app-plan-text">{domain.workingWell || 'Nothing written yet.'}</p>
              </div>
              <div className="app-plan-print__reflection app-plan-print__reflection--better">
                <h4 className="govuk-heading-s">Even better if</h4>
                <p className="govuk-body app-plan-text">{domain.evenBetterIf || 'Nothing written yet.'}</p>
              </div>
            </div>
          </div>
          <TableBox label={`Ratings: ${domain.title}`}>
            <table className={`govuk-table app-plan-print__ratings app-plan-print__stack${report.team ? ' app-plan-print__ratings--team' : ''}`} role="table">
              <caption className="govuk-visually-hidden">Ratings: {domain.title}</caption>
              <thead className="govuk-table__head" role="rowgroup">
                <tr className="govuk-table__row" role="row">
                  <th scope="col" className="govuk-table__header" role="columnheader">
                    Statement
                  </th>
                  {report.includesEvidence && (
                    <th scope="col" className="govuk-table__header" role="columnheader">
                      {EVIDENCE_COLUMN}
                    </th>
                  )}
                  <th scope="col" className="govuk-table__header" role="columnheader">
                    {ratingColumn}
                  </th>
                </tr>
              </thead>
              <tbody className="govuk-table__body" role="rowgroup">
                {domain.indicators.map((indicator) => (
                  <tr className="govuk-table__row" role="row" key={indicator.statement}>
                    <td className="govuk-table__cell" role="cell" data-label="Statement">
                      {indicator.statement}
                    </td>
                    {report.includesEvidence && (
                      <td className="govuk-table__cell app-plan-text" role="cell" data-label={EVIDENCE_COLUMN}>
                        {indicator.evidence || <span className="app-plan-secondary">No note written.</span>}
                      </td>
                    )}
                    <td className="govuk-table__cell" role="cell" data-label={ratingColumn}>
                      <Rating report={report} indicator={indicator} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </section>
      ))}
    </section>
  );
}
