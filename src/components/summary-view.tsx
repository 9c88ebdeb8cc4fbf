/**
 * A school's summary as people read it: on the share page, exactly what the
 * file will hold before it is made; in the local-authority view, one school's
 * summary on its own. Every value comes from describeSummary, and the file's
 * own text is one click away, so nothing in the file goes unseen. Text from
 * the file is rendered as text.
 */
import type { SchoolSummary } from '../core/school-summary';
import { describeSummary } from '../core/summary-preview';
import { TableBox } from './table-box';
import './summary-view.css';

interface SummaryViewProps {
  summary: SchoolSummary;
  /** The file's text exactly as it is (or will be) saved. */
  fileText: string;
  /** The heading level of the view's parts, so that it fits the page around it. */
  headingLevel: 2 | 3;
}

export function SummaryView({ summary, fileText, headingLevel }: SummaryViewProps) {
  const preview = describeSummary(summary);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  return (
    <div className="app-summary-view">
      <p className="govuk-body">{preview.about}</p>
      <dl className="govuk-summary-list">
        {preview.facts.map((fact) => (
          <div className="govuk-summary-list__row" key={fact.key}>
            <dt className="govuk-summary-list__key">{fact.key}</dt>
            <dd className="govuk-summary-list__value app-summary-view__value">{fact.value}</dd>
          </div>
        ))}
      </dl>

      <Heading className="govuk-heading-m">Scores and ratings by section</Heading>
      {preview.sections.map((section, index) => (
        <section key={index} aria-labelledby={`summary-section-${index}`}>
          <Sub className="govuk-heading-s" id={`summary-section-${index}`}>
            {section.title} <span className="govuk-caption-m app-summary-view__short">({section.shortTitle})</span>
          </Sub>
          <p className="govuk-body">
            Score: <strong>{section.scoreText}</strong>. {section.basisText}.
          </p>
          <TableBox label={`Ratings in ${section.title}`}>
            <table className="govuk-table app-summary-view__table">
              <caption className="govuk-visually-hidden">Ratings in {section.title}</caption>
              <thead className="govuk-table__head">
                <tr className="govuk-table__row">
                  <th scope="col" className="govuk-table__header">Statement</th>
                  <th scope="col" className="govuk-table__header">Rating</th>
                </tr>
              </thead>
              <tbody className="govuk-table__body">
                {section.statements.map((statement, row) => (
                  <tr className="govuk-table__row" key={row}>
                    <td className="govuk-table__cell">{statement.statement}</td>
                    <td className="govuk-table__cell">
                      {statement.ratingText}
                      {statement.sourceText && <span className="app-summary-view__source">{statement.sourceText}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableBox>
        </section>
      ))}

      {preview.legalLine && (
        <>
          <Heading className="govuk-heading-m">{preview.legalLine}</Heading>
          <ul className="govuk-list app-summary-view__duties">
            {preview.legal.map((requirement, index) => (
              <li key={index}>
                <strong>{requirement.stateText}:</strong> {requirement.duty}{' '}
                <span className="app-summary-view__small">
                  ({requirement.sectionTitle}; {requirement.source})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      <Heading className="govuk-heading-m">Offered for the showcase</Heading>
      {preview.passages.length === 0 ? (
        <p className="govuk-body">No passages: nothing from “what is working well” is in the file.</p>
      ) : (
        <>
          <p className="govuk-body">{preview.creditText}</p>
          {preview.passages.map((passage, index) => (
            <figure className="app-summary-view__passage" key={index}>
              <blockquote className="govuk-body">{passage.text}</blockquote>
              <figcaption className="govuk-body-s">{passage.sectionTitle}</figcaption>
            </figure>
          ))}
        </>
      )}

      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">The file itself, exactly as it is saved</span>
        </summary>
        <div className="govuk-details__text">
          {/* Scrolls when long, so it takes focus and has a name: it can then be scrolled by keyboard. */}
          <pre className="app-summary-view__file" tabIndex={0} role="region" aria-label="The summary file’s text" data-testid="summary-file-text">
            {fileText}
          </pre>
        </div>
      </details>
    </div>
  );
}
