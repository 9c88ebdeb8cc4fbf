import { coverDetails, type PlanReport } from '../../core/plan-report';
import { PrintPartialNote } from './print-partial-note';

/** Whose plan this is, from which self-evaluation, who took part, and the overall score with what it rests on. */
export function PrintCover({ report }: { report: PlanReport }) {
  return (
    <div className="app-plan-print__cover">
      <span className="govuk-caption-xl">Development plan</span>
      <h1 className="govuk-heading-xl app-plan-text">{report.school}</h1>
      <p className="govuk-body-l">{report.toolkitTitle}</p>
      <dl className="govuk-summary-list">
        {coverDetails(report).map(([label, value]) => (
          <div className="govuk-summary-list__row" key={label}>
            <dt className="govuk-summary-list__key">{label}</dt>
            <dd className="govuk-summary-list__value app-plan-text">{value}</dd>
          </div>
        ))}
      </dl>
      <PrintPartialNote report={report} />
    </div>
  );
}
