import { Link } from 'react-router';
import { compareRounds } from '../../core/imported-summary';
import { formatDate } from '../../core/format-date';
import { TableBox } from '../../components/table-box';
import type { ImportedSummary } from '../../operations/local-authority';
import { paths } from '../../lib/paths';
import { RemoveSchool } from './remove-school';

interface School {
  schoolKey: string;
  name: string;
  urn: string | null;
  summaries: ImportedSummary[];
}

function schoolsOf(summaries: readonly ImportedSummary[]): School[] {
  const bySchool = new Map<string, ImportedSummary[]>();
  for (const row of summaries) bySchool.set(row.schoolKey, [...(bySchool.get(row.schoolKey) ?? []), row]);
  return [...bySchool]
    .map(([schoolKey, rows]) => {
      const sorted = rows.sort((a, b) => compareRounds(b.summary, a.summary));
      return { schoolKey, name: sorted[0]!.summary.school.name, urn: sorted[0]!.summary.school.urn, summaries: sorted };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Who has shared what: each school's summaries, newest first, each to open on its own; a school's can be removed all at once. */
export function SchoolsList({ summaries, onRemoved }: { summaries: readonly ImportedSummary[]; onRemoved: (message: string) => void }) {
  const schools = schoolsOf(summaries);
  return (
    <section aria-labelledby="schools-heading">
      <h2 className="govuk-heading-m" id="schools-heading">
        Schools that shared a summary
      </h2>
      <p className="govuk-body">
        {schools.length} {schools.length === 1 ? 'school' : 'schools'}. Summaries are matched to a school by its URN, or by its name where no URN was
        given. Open one to see it as the school shared it.
      </p>
      <TableBox label="Schools that shared a summary">
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">Schools that shared a summary</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">School</th>
              <th scope="col" className="govuk-table__header">Summaries</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {schools.map((school) => (
              <tr className="govuk-table__row" key={school.schoolKey}>
                <th scope="row" className="govuk-table__header app-cell-wrap">
                  {school.name}
                  {school.urn && <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-0">URN {school.urn}</span>}
                </th>
                <td className="govuk-table__cell">
                  <ul className="govuk-list">
                    {school.summaries.map((row) => (
                      <li key={row.selfEvaluationId}>
                        {/* Named with the school too, so that each of many such links says whose it is; the name starts with what it shows. */}
                        <Link
                          className="govuk-link"
                          to={paths.schoolSummary(row.selfEvaluationId)}
                          aria-label={`${row.summary.toolkit.title}, ${formatDate(row.summary.selfEvaluation.date)}, ${school.name}`}
                        >
                          {row.summary.toolkit.title}, {formatDate(row.summary.selfEvaluation.date)}
                        </Link>
                      </li>
                    ))}
                  </ul>
                  <RemoveSchool schoolKey={school.schoolKey} schoolName={school.name} count={school.summaries.length} onRemoved={onRemoved} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </section>
  );
}
