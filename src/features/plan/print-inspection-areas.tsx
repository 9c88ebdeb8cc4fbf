import { TableBox } from '../../components/table-box';
import type { PlanReport } from '../../core/plan-report';

/** The sections' scores grouped by Ofsted evaluation area, as in the PDF. */
export function PrintInspectionAreas({ report }: { report: PlanReport }) {
  if (report.inspectionAreas.length === 0) return null;
  return (
    <section className="app-plan-print__section" aria-labelledby="print-inspection-areas">
      <h2 className="govuk-heading-l" id="print-inspection-areas">
        Evidence for Ofsted’s evaluation areas
      </h2>
      <p className="govuk-body">{report.inspectionAreasIntro}</p>
      <TableBox label="Sections by Ofsted evaluation area">
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Sections by Ofsted evaluation area</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Evaluation area</th>
              <th scope="col" className="govuk-table__header">Sections that inform it, with their scores</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {report.inspectionAreas.map((area) => (
              <tr className="govuk-table__row" key={area.title}>
                <th scope="row" className="govuk-table__header">
                  {area.title}
                </th>
                <td className="govuk-table__cell">
                  {area.sections.map((section) => `${section.title}: ${section.score}${section.level ? ` (${section.level})` : ''}`).join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </section>
  );
}
