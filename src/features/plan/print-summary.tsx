import { TableBox } from '../../components/table-box';
import type { PlanReport } from '../../core/plan-report';
import { PrintPartialNote } from './print-partial-note';
import { PrintRadar } from './print-radar';

export function PrintSummary({ report }: { report: PlanReport }) {
  return (
    <section className="app-plan-print__section" aria-labelledby="print-summary">
      <h2 className="govuk-heading-l" id="print-summary">
        Summary
      </h2>
      <p className="govuk-body">
        Overall score: {report.overallLine}. Each section’s score is the mean of its rated statements, on a scale of {report.scaleRange} (
        {report.levels.map((level) => `${level.value} ${level.label}`).join(', ')}). Statements marked not applicable or not yet rated are left out; a section
        with nothing rated is shown as not rated, never as zero.
      </p>
      <PrintPartialNote report={report} />
      <PrintRadar report={report} />
      <TableBox label="Scores by section">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--m">Scores by section</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Section</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Score</th>
              <th scope="col" className="govuk-table__header">Level</th>
              <th scope="col" className="govuk-table__header">Statements rated</th>
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
      </TableBox>
    </section>
  );
}
