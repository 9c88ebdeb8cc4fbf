import type { ChartModel } from '../../core/chart-model';
import { groupByInspectionArea } from '../../core/inspection-areas';
import type { Toolkit } from '../../core/toolkit-schema';

/**
 * The results read as evidence for the school's self-evaluation summary: each
 * area of Ofsted's framework with the sections that inform it and their
 * scores. Folded away, as most visits are not for this; absent when the
 * toolkit names no areas.
 */
export function InspectionAreasSection({ toolkit, model }: { toolkit: Toolkit; model: ChartModel }) {
  const areas = groupByInspectionArea(toolkit, model.domains);
  if (areas.length === 0) return null;
  return (
    <details className="govuk-details app-inspection-areas">
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">Evidence for Ofsted’s evaluation areas</span>
      </summary>
      <div className="govuk-details__text">
        <p className="govuk-body">
          Each evaluation area with the sections of this self-evaluation that give evidence for it
          {toolkit.inspectionSource ? ` (areas from ${toolkit.inspectionSource})` : ''}. A section can inform more than one area.
        </p>
        <div className="app-scores-table-box">
          <table className="govuk-table app-scores-table">
            <caption className="govuk-visually-hidden">Sections by Ofsted evaluation area</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Evaluation area</th>
                <th scope="col" className="govuk-table__header">Sections and their scores</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {areas.map(({ area, sections }) => (
                <tr className="govuk-table__row" key={area.id}>
                  <th scope="row" className="govuk-table__header">
                    {area.title}
                  </th>
                  <td className="govuk-table__cell">
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      {sections.map((domain) => (
                        <li key={domain.domainId}>
                          {domain.title}: {domain.scoreText}
                          {domain.levelName && ` (${domain.levelName})`}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </details>
  );
}
