import type { ReactNode } from 'react';
import { TableBox } from '../../components/table-box';

interface TextTableProps {
  caption: string;
  head: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  /** Columns after the first that hold numbers, aligned right. */
  numeric?: readonly number[];
}

/** A table of the roll-up's figures as text, its first column the row's heading; scrolls in its own box when wider than the page. */
export function TextTable({ caption, head, rows, numeric = [] }: TextTableProps) {
  const align = (index: number) => (numeric.includes(index) ? ' govuk-table__cell--numeric' : '');
  return (
    <TableBox label={caption}>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            {head.map((title, index) => (
              <th scope="col" className={`govuk-table__header${align(index).replace('cell', 'header')}`} key={title}>
                {title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {rows.map((cells, row) => (
            <tr className="govuk-table__row" key={row}>
              {cells.map((cell, index) =>
                index === 0 ? (
                  <th scope="row" className="govuk-table__header app-cell-wrap" key={index}>
                    {cell}
                  </th>
                ) : (
                  <td className={`govuk-table__cell${align(index)}`} key={index}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableBox>
  );
}
