import { describeMedian } from '../../core/agreement-text';
import { DISAGREEMENT_GAP, type IndicatorSpread } from '../../core/combine-responses';
import { NOT_APPLICABLE_LABEL } from '../../core/rating-label';
import type { ScaleLevel } from '../../core/toolkit-schema';

interface TeamDistributionProps {
  levels: readonly ScaleLevel[];
  allowNotApplicable: boolean;
  spread: IndicatorSpread;
  respondents: number;
}

const people = (count: number) => (count === 1 ? '1 person' : `${count} people`);

/**
 * How many people chose each level, as a bar and a number (the table is the
 * bars' text), then the median and, where ratings are far apart, the flag
 * that this one needs talking through. Counts only, never who chose what.
 */
export function TeamDistribution({ levels, allowNotApplicable, spread, respondents }: TeamDistributionProps) {
  const rows = [
    ...levels.map((level) => ({ key: String(level.value), label: level.label, count: spread.counts[level.value] ?? 0 })),
    ...(allowNotApplicable || spread.notApplicable > 0 ? [{ key: 'n/a', label: NOT_APPLICABLE_LABEL, count: spread.notApplicable }] : []),
    ...(spread.notRated > 0 ? [{ key: 'none', label: 'Not rated', count: spread.notRated }] : []),
  ];
  return (
    <section className="app-agree__distribution" aria-labelledby="distribution-title">
      <h2 className="app-meeting__subtitle" id="distribution-title">
        How the team rated it ({people(respondents)})
      </h2>
      <table className="app-agree__bars" aria-labelledby="distribution-title">
        <thead className="govuk-visually-hidden">
          <tr>
            <th scope="col">Level</th>
            <th scope="col">People</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                <span className="app-agree__people">
                  <span className="app-agree__count">{row.count}</span>
                  <span className="app-agree__track" aria-hidden="true">
                    {/* A width set through the DOM's style object, which the content security policy allows. */}
                    <span className="app-agree__bar" style={{ width: `${respondents > 0 ? (row.count / respondents) * 100 : 0}%` }} />
                  </span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="app-agree__median">{describeMedian(levels, spread)}</p>
      {spread.isDisagreement && (
        <p className="app-agree__flag">
          <strong>Disagreement:</strong> ratings {DISAGREEMENT_GAP} or more levels apart.
        </p>
      )}
    </section>
  );
}
