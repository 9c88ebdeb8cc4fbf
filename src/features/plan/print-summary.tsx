import type { PlanReport } from '../../core/plan-report';
import { RadarFigure } from './radar-figure';

export function PrintSummary({ report }: { report: PlanReport }) {
  return (
    <section className="app-plan-print__section" aria-labelledby="print-summary">
      <h2 className="govuk-heading-l" id="print-summary">
        Summary
      </h2>
      <p className="govuk-body">
        Each domain&apos;s score is the mean of its rated indicators ({report.levels.map((level) => `${level.value} ${level.label}`).join(', ')}). Indicators marked
        not applicable or not yet rated are left out; a domain with nothing rated is shown as not rated, never as zero.
      </p>
      <RadarFigure report={report} />
      <div className="app-table-box">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Scores by domain</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Domain</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Score</th>
              <th scope="col" className="govuk-table__header">Level</th>
              <th scope="col" className="govuk-table__header">Indicators rated</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {report.domains.map((domain) => (
              <tr className="govuk-table__row" key={domain.id}>
                <th scope="row" className="govuk-table__header">
                  {domain.title}
                  {domain.isPriority && ' (priority)'}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{domain.score}</td>
                <td className="govuk-table__cell">{domain.level || '–'}</td>
                <td className="govuk-table__cell">{domain.rated}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
