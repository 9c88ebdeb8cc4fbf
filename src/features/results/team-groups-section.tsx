import { MIN_GROUP_SIZE } from '../../core/combine-responses';
import { SMALL_SECTION_TEXT, type GroupComparison } from '../../core/team-groups';
import type { Toolkit } from '../../core/toolkit-schema';
import { TableBox } from '../../components/table-box';

/**
 * Who answered in each group, and the groups set side by side where they can
 * be. A small group's count is shown, never its scores: who was asked is no
 * secret (the lead invited them), and the count says how much of the whole
 * team's answer is theirs; what they rated is what must not be picked out.
 */
export function TeamGroupsSection({ toolkit, comparison }: { toolkit: Toolkit; comparison: GroupComparison }) {
  const hasHiddenCell = comparison.compared.some((group) => group.medians.some((median) => median.text === null));
  return (
    <>
      <TableBox label="Who answered, by group" className="app-scores-table-box">
        <table className="govuk-table app-scores-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Who answered, by group</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Group</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Asked</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Answered</th>
              <th scope="col" className="govuk-table__header">Shown apart</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {comparison.counts.map((group) => (
              <tr className="govuk-table__row" key={group.groupId}>
                <th scope="row" className="govuk-table__header">
                  {group.title}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{group.asked}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{group.answered}</td>
                <td className="govuk-table__cell">{group.isShown ? 'Yes' : `No: fewer than ${MIN_GROUP_SIZE} answered`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      {comparison.notShownText && (
        <div className="govuk-inset-text">
          <p className="govuk-body">{comparison.notShownText}</p>
          <p className="govuk-body">Not shown apart: {comparison.notShown.map((group) => group.title).join(', ')}.</p>
        </div>
      )}
      {comparison.noComparisonText ? (
        <p className="govuk-body">{comparison.noComparisonText}</p>
      ) : (
        <>
          <TableBox label="Median section scores by group" className="app-scores-table-box">
            <table className="govuk-table app-scores-table">
              <caption className="govuk-table__caption govuk-table__caption--s">Median section scores by group</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Section</th>
                  {comparison.compared.map((group) => (
                    <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={group.groupId}>
                      {group.title} <span className="app-team-group-count">{group.answered} answered</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {toolkit.domains.map((domain, index) => (
                  <tr className="govuk-table__row" key={domain.id}>
                    <th scope="row" className="govuk-table__header">
                      {domain.title}
                    </th>
                    {comparison.compared.map((group) => (
                      <td className="govuk-table__cell govuk-table__cell--numeric" key={group.groupId}>
                        {group.medians[index]?.text ?? 'Not shown'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
          {hasHiddenCell && <p className="govuk-body">{SMALL_SECTION_TEXT}</p>}
        </>
      )}
    </>
  );
}
