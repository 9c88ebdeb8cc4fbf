import type { ReactNode } from 'react';
import { describeReviewTime, estimateReviewTime, offersQuickReview } from '../../core/review-scope';
import type { Toolkit } from '../../core/toolkit-schema';

/** What a head teacher wants to know before choosing a toolkit: its version, who it is for, its size and how long it takes. */
export function ToolkitFacts({ toolkit }: { toolkit: Toolkit }) {
  const indicators = toolkit.domains.flatMap((domain) => domain.indicators);
  const core = indicators.filter((indicator) => indicator.core).length;
  const duties = indicators.filter((indicator) => indicator.legalDuty).length;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const size = [
    `${count(indicators.length, 'statement', 'statements')} in ${count(toolkit.domains.length, 'section', 'sections')}`,
    ...(core > 0 ? [`${core} of them core`] : []),
    ...(duties > 0 ? [count(duties, 'legal requirement', 'legal requirements')] : []),
  ].join('; ');
  const rows = [
    { key: 'Version', value: toolkit.version },
    { key: 'Who it is for', value: toolkit.audience },
    { key: 'Size', value: `${size}.` },
    {
      key: 'How long it takes',
      value: offersQuickReview(toolkit) ? (
        <>
          <p className="govuk-body govuk-!-margin-bottom-2">Full review: {describeReviewTime(estimateReviewTime(toolkit, 'full'))}</p>
          <p className="govuk-body govuk-!-margin-bottom-0">
            Quick review (core statements only): {describeReviewTime(estimateReviewTime(toolkit, 'quick'))}
          </p>
        </>
      ) : (
        describeReviewTime(estimateReviewTime(toolkit, 'full'))
      ),
    },
  ];
  return <FactList rows={rows} />;
}

/** A GOV.UK summary list of facts about a toolkit, one row each. */
export function FactList({ rows }: { rows: readonly { key: string; value: ReactNode }[] }) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The scale every statement is rated on, lowest first. */
export function ScaleTable({ toolkit }: { toolkit: Toolkit }) {
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-visually-hidden">Levels of the scale</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Level
            </th>
            <th scope="col" className="govuk-table__header">
              Name
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {toolkit.scale.levels.map((level) => (
            <tr className="govuk-table__row" key={level.value}>
              <td className="govuk-table__cell">{level.value}</td>
              <td className="govuk-table__cell">{level.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        Each statement says what each level looks like for it.{' '}
        {toolkit.scale.allowNotApplicable && 'A statement that does not apply to your school can be marked “Not applicable”, and is left out of the scores.'}
      </p>
    </>
  );
}
