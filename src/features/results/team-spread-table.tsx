import type { DomainSpread } from '../../core/combine-responses';
import { describeBandCells } from '../../core/team-spread';
import type { Toolkit } from '../../core/toolkit-schema';
import { TableBox } from '../../components/table-box';

/** The radar's band in numbers: each section's median of people's own scores, lowest to highest, and the middle half. */
export function TeamSpreadTable({ toolkit, domains }: { toolkit: Toolkit; domains: readonly DomainSpread[] }) {
  return (
    <TableBox label="Spread of people’s own section scores" className="app-scores-table-box">
      <table className="govuk-table app-scores-table">
        <caption className="govuk-table__caption govuk-table__caption--s">Spread of people’s own section scores</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Section</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">People</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Median</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Lowest to highest</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Middle half</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {toolkit.domains.map((domain) => {
            const cells = describeBandCells(domains.find((spread) => spread.domainId === domain.id)?.band ?? null);
            return (
              <tr className="govuk-table__row" key={domain.id}>
                <th scope="row" className="govuk-table__header">
                  {domain.title}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{cells.people}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{cells.median}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{cells.range}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{cells.middleHalf}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableBox>
  );
}
