import type { StatementSpread, TeamStatements } from '../../core/team-statements';
import { DISAGREEMENT_GAP } from '../../core/combine-responses';
import { RatingSourceTag } from './rating-source-tag';

const FLAG_TEXT = `Ratings ${DISAGREEMENT_GAP} or more levels apart`;

function Statement({ statement }: { statement: StatementSpread }) {
  return (
    <li className="app-team-statement">
      <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">
        {statement.statement}
        {statement.isDisagreement && (
          <>
            {' '}
            <strong className="govuk-tag govuk-tag--orange app-source-tag">{FLAG_TEXT}</strong>
          </>
        )}
      </p>
      <dl className="app-team-statement__details">
        <dt>Ratings given</dt>
        <dd>{statement.distributionText}</dd>
        {statement.medianText && (
          <>
            <dt>Median</dt>
            <dd>{statement.medianText}</dd>
          </>
        )}
        {statement.source !== 'none' && (
          <>
            <dt>Team’s rating</dt>
            <dd>
              {statement.ratingText}
              <RatingSourceTag source={statement.source} />
              {statement.reason && (
                <>
                  {' '}
                  <span className="app-team-statement__reason">Why: {statement.reason}</span>
                </>
              )}
            </dd>
          </>
        )}
        {statement.named && (
          <>
            <dt>Who gave which</dt>
            <dd>
              <ul className="govuk-list govuk-!-margin-bottom-0">
                {statement.named.map((group) => (
                  <li key={group.ratingText}>
                    {group.ratingText}: {group.names.join(', ')}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

/** Statements whose ratings are far apart first, where a meeting starts; then every statement by section, folded away. */
export function TeamStatementsSection({ found }: { found: TeamStatements }) {
  const total = found.sections.reduce((sum, section) => sum + section.statements.length, 0);
  return (
    <>
      <h3 className="govuk-heading-s" id="team-disagreements-heading">
        Statements to discuss
      </h3>
      {found.disagreements.length === 0 ? (
        <p className="govuk-body">No statement has ratings {DISAGREEMENT_GAP} or more levels apart.</p>
      ) : (
        <>
          <p className="govuk-body">
            {found.disagreements.length === 1 ? '1 statement has' : `${found.disagreements.length} statements have`} ratings {DISAGREEMENT_GAP} or more levels
            apart.
          </p>
          <ul className="govuk-list app-team-statements" aria-labelledby="team-disagreements-heading">
            {found.disagreements.map((statement) => (
              <Statement key={statement.indicatorId} statement={statement} />
            ))}
          </ul>
        </>
      )}
      <details className="govuk-details app-team-every-statement">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">How the team rated each of the {total} statements</span>
        </summary>
        <div className="govuk-details__text">
          {found.sections.map((section) => (
            <section key={section.domainId} aria-labelledby={`team-section-${section.domainId}`}>
              <h4 className="govuk-heading-s" id={`team-section-${section.domainId}`}>
                {section.title}
              </h4>
              <ul className="govuk-list app-team-statements">
                {section.statements.map((statement) => (
                  <Statement key={statement.indicatorId} statement={statement} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      </details>
    </>
  );
}
