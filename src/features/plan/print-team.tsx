import { TableBox } from '../../components/table-box';
import type { PlanReport } from '../../core/plan-report';
import type { PlanTeam, PlanVoice } from '../../core/plan-team';

function WhoRated({ team }: { team: PlanTeam }) {
  const [group, people] = team.groupColumns;
  // Short: printed whole, with the notes that explain it.
  return (
    <div className="app-plan-print__keep">
      <TableBox label={team.groupsCaption}>
        <table className="govuk-table app-plan-print__narrow">
          <caption className="govuk-table__caption govuk-table__caption--s">{team.groupsCaption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">{group}</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">{people}</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {team.groups.map((row) => (
              <tr className="govuk-table__row" key={row.title}>
                <th scope="row" className="govuk-table__header app-plan-print__plain">{row.title}</th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{row.respondents}</td>
              </tr>
            ))}
            <tr className="govuk-table__row">
              <th scope="row" className="govuk-table__header">{team.totalLabel}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">
                <strong>{team.respondents}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </TableBox>
      {[team.groupsNote, team.names, team.waiting].filter(Boolean).map((line) => (
        <p className="govuk-body app-plan-secondary app-plan-text" key={line}>
          {line}
        </p>
      ))}
    </div>
  );
}

function SectionSpread({ team }: { team: PlanTeam }) {
  return (
    <div>
      <h3 className="govuk-heading-m" id="print-team-sections">
        {team.sectionsCaption}
      </h3>
      <p className="govuk-body">{team.sectionsIntro}</p>
      <TableBox label={team.sectionsCaption}>
        <table className="govuk-table">
          <caption className="govuk-visually-hidden">{team.sectionsCaption}</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {team.sectionColumns.map((column, index) => (
                <th scope="col" className={`govuk-table__header${index > 0 ? ' govuk-table__header--numeric' : ''}`} key={column}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {team.sections.map((section) => (
              <tr className="govuk-table__row" key={section.domainId}>
                <th scope="row" className="govuk-table__header">{section.title}</th>
                {[section.median, section.middleHalf || '–', section.range || '–', String(section.respondents)].map((value, index) => (
                  <td className="govuk-table__cell govuk-table__cell--numeric" key={index}>
                    {value}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableBox>
    </div>
  );
}

function Voice({ team, voice, index }: { team: PlanTeam; voice: PlanVoice; index: number }) {
  const id = `print-voice-${index}`;
  return (
    <div>
      <h3 className="govuk-heading-m" id={id}>
        {voice.heading}
      </h3>
      <p className="govuk-body app-plan-text">{voice.intro}</p>
      {voice.isShown && voice.sections.length > 0 && (
        <TableBox label={`${voice.heading}, by section`}>
          <table className="govuk-table">
            <caption className="govuk-visually-hidden">{voice.heading}, by section</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                {team.voiceColumns.map((column) => (
                  <th scope="col" className="govuk-table__header" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {voice.sections.map((section) => (
                <tr className="govuk-table__row" key={section.title}>
                  <th scope="row" className="govuk-table__header">{section.title}</th>
                  <td className="govuk-table__cell app-plan-text">{section.summary}</td>
                  <td className="govuk-table__cell app-plan-text">{section.difference || <span className="app-plan-secondary">–</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableBox>
      )}
    </div>
  );
}

/** How the team rated, as in the PDF: who rated by group, each section's spread, and what families and pupils said when the kiosk's summary is given. */
export function PrintTeam({ report }: { report: PlanReport }) {
  const { team } = report;
  if (!team) return null;
  return (
    <section className="app-plan-print__section" aria-labelledby="print-team">
      <h2 className="govuk-heading-l" id="print-team">
        {team.title}
      </h2>
      <p className="govuk-body">{team.intro}</p>
      <WhoRated team={team} />
      <SectionSpread team={team} />
      {team.voice.map((voice, index) => (
        <Voice team={team} voice={voice} index={index} key={index} />
      ))}
    </section>
  );
}
