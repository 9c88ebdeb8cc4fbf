import type { ReactNode } from 'react';
import { TableBox } from '../../components/table-box';
import { GOVERNORS_SECTION_TITLES as TITLES, GOVERNORS_SUMMARY_TITLE, type CappedList, type GovernorsSummary } from '../../core/governors-summary';

/** "and 4 more: see the development plan", under a capped list. */
function More({ list }: { list: CappedList<unknown> }) {
  return list.more > 0 ? <p className="govuk-body app-plan-secondary">{list.moreText}: see the development plan.</p> : null;
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="app-governors__section" aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The summary itself, in the PDF's order: the same words from the same model. */
export function GovernorsSummarySections({ summary }: { summary: GovernorsSummary }) {
  return (
    <>
      <span className="govuk-caption-l">{GOVERNORS_SUMMARY_TITLE}</span>
      <h1 className="govuk-heading-l app-plan-text">{summary.school}</h1>
      <p className="govuk-body app-plan-text">
        {summary.toolkitTitle}: the development plan from the self-evaluation “{summary.auditTitle}”, as it stands on {summary.dateText}.
      </p>
      <Section id="governors-counts" title={TITLES.counts}>
        <ul className="govuk-body app-governors__counts">
          {summary.counts.map(({ status, label, count }) => (
            <li key={status}>
              <span className="app-governors__count">{count}</span> {label}
            </li>
          ))}
          <li className="app-governors__total">
            <span className="app-governors__count">{summary.total}</span> {summary.total === 1 ? 'action' : 'actions'} in all
          </li>
        </ul>
      </Section>
      <Section id="governors-changes" title={TITLES.changes}>
        <p className="govuk-body">{summary.changesIntro}</p>
        {summary.changes.shown.length > 0 && (
          <ul className="govuk-list govuk-list--bullet">
            {summary.changes.shown.map((change) => (
              <li key={change.number}>
                {change.text} <span className="app-plan-secondary app-plan-text">– {change.action}</span>
              </li>
            ))}
          </ul>
        )}
        <More list={summary.changes} />
      </Section>
      <Section id="governors-overdue" title={TITLES.overdue}>
        <p className="govuk-body">{summary.overdueIntro}</p>
        {summary.overdue.shown.length > 0 && (
          <TableBox label="Overdue actions">
            <table className="govuk-table app-governors__table">
              <caption className="govuk-visually-hidden">Overdue actions</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">No.</th>
                  <th scope="col" className="govuk-table__header">Action</th>
                  <th scope="col" className="govuk-table__header">Lead</th>
                  <th scope="col" className="govuk-table__header">Target date</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {summary.overdue.shown.map((action) => (
                  <tr className="govuk-table__row" key={action.number}>
                    <td className="govuk-table__cell">{action.number}</td>
                    <td className="govuk-table__cell app-plan-text">{action.action}</td>
                    <td className="govuk-table__cell app-plan-text">{action.lead}</td>
                    <td className="govuk-table__cell">{action.targetDate}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        )}
        <More list={summary.overdue} />
      </Section>
      {summary.legal && (
        <Section id="governors-legal" title={TITLES.legal}>
          <p className="govuk-body">{summary.legal.intro}</p>
          {summary.legal.notMet.shown.length > 0 && (
            <ul className="govuk-list govuk-list--bullet">
              {summary.legal.notMet.shown.map((duty) => (
                <li key={`${duty.section} ${duty.duty}`}>
                  {duty.duty} <span className="app-plan-secondary">({duty.section})</span>
                </li>
              ))}
            </ul>
          )}
          <More list={summary.legal.notMet} />
        </Section>
      )}
      <Section id="governors-next-check" title={TITLES.nextCheck}>
        <p className="govuk-body app-plan-text">{summary.nextCheck}</p>
      </Section>
    </>
  );
}
