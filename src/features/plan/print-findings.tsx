import type { PlanReport } from '../../core/plan-report';

export function PrintFindings({ report }: { report: PlanReport }) {
  return (
    <section className="app-plan-print__section" aria-labelledby="print-findings">
      <h2 className="govuk-heading-l" id="print-findings">
        Findings by domain
      </h2>
      {report.domains.map((domain, index) => (
        <section key={domain.id} className="app-plan-print__domain" aria-labelledby={`print-domain-${domain.id}`}>
          <h3 className="govuk-heading-m" id={`print-domain-${domain.id}`}>
            {index + 1}. {domain.title}
          </h3>
          <p className="govuk-body app-plan-secondary">
            {domain.isPriority ? 'Priority domain. ' : ''}
            {domain.scoreLine}; {domain.rated} indicators rated.
          </p>
          <h4 className="govuk-heading-s">What is working well</h4>
          <p className="govuk-body app-plan-text">{domain.workingWell || 'Nothing written yet.'}</p>
          <h4 className="govuk-heading-s">Even better if</h4>
          <p className="govuk-body app-plan-text">{domain.evenBetterIf || 'Nothing written yet.'}</p>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Ratings: {domain.title}</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Indicator</th>
                <th scope="col" className="govuk-table__header">Rating</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {domain.indicators.map((indicator) => (
                <tr className="govuk-table__row" key={indicator.statement}>
                  <td className="govuk-table__cell">{indicator.statement}</td>
                  <td className="govuk-table__cell">{indicator.rating}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </section>
  );
}
