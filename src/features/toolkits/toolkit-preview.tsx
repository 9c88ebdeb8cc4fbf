import { TableBox } from '../../components/table-box';
import type { InstallCheck } from '../../core/toolkit-file';
import { FactList } from './toolkit-facts';
import type { Toolkit } from '../../core/toolkit-schema';

function count(items: number, one: string, many = `${one}s`): string {
  return `${items} ${items === 1 ? one : many}`;
}

function VersionNote({ check }: { check: InstallCheck }) {
  if (check.kind !== 'other-version') return null;
  const here = check.versionsHere.join(', ');
  return (
    <div className="govuk-inset-text">
      {check.isNewest
        ? `This is a newer version of a toolkit on this device (you have version ${here}). Self-evaluations made with an earlier version keep it; starting the next self-evaluation from one of them moves its answers across to this version.`
        : `This is an older version of a toolkit on this device (you have version ${here}). Both are kept; each self-evaluation uses the version it was made with.`}
    </div>
  );
}

/** What a toolkit holds, shown before it is installed, so the reader can tell it is the one they meant. */
export function ToolkitPreview({ toolkit, check }: { toolkit: Toolkit; check: InstallCheck }) {
  const indicators = toolkit.domains.flatMap((domain) => domain.indicators);
  const core = indicators.filter((indicator) => indicator.core).length;
  const duties = toolkit.domains.flatMap((domain) => domain.indicators.filter((indicator) => indicator.legalDuty).map((indicator) => ({ domain, indicator })));
  const scale = toolkit.scale.levels.map((level) => `${level.value} ${level.label}`).join(', ');
  return (
    <>
      <h3 className="govuk-heading-s" id="preview-title">
        {toolkit.title}, version {toolkit.version}
      </h3>
      <p className="govuk-body">{toolkit.summary}</p>
      <VersionNote check={check} />
      <FactList
        rows={[
          { key: 'Sections', value: toolkit.domains.length },
          {
            key: 'Statements',
            value: `${indicators.length}${core > 0 ? `, of which ${core} are core (a quick review rates those)` : ' (no quick review: no statement is marked core)'}`,
          },
          { key: 'Legal requirements', value: duties.length === 0 ? 'None' : count(duties.length, 'statement') },
          { key: 'Scale', value: `${scale}${toolkit.scale.allowNotApplicable ? '; or “not applicable”' : ''}` },
          { key: 'Who it is for', value: toolkit.audience },
        ]}
      />
      <TableBox label="Sections in this toolkit">
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Sections in this toolkit</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Section
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Statements
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Core
              </th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">
                Legal requirements
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {toolkit.domains.map((domain) => (
              <tr className="govuk-table__row" key={domain.id}>
                <th scope="row" className="govuk-table__header">
                  {domain.title}
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{domain.indicators.length}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{domain.indicators.filter((indicator) => indicator.core).length}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{domain.indicators.filter((indicator) => indicator.legalDuty).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
      {duties.length > 0 && (
        <>
          <h4 className="govuk-heading-s">Legal requirements</h4>
          <ul className="govuk-list govuk-list--bullet">
            {duties.map(({ domain, indicator }) => (
              <li key={indicator.id}>
                {indicator.statement} <span className="govuk-body-s">({domain.title}; {indicator.legalDuty!.source})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
