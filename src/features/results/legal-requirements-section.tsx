import { Link } from 'react-router';
import { indicatorAnchor } from '../../components/indicator-anchor';
import type { AnswersByIndicator } from '../../core/audit';
import type { RatingSource } from '../../core/combine-responses';
import { describeLegalRequirements, summariseLegalRequirements, type LegalRequirement } from '../../core/legal-requirements';
import { ratingLabel } from '../../core/rating-label';
import type { Toolkit } from '../../core/toolkit-schema';
import { paths } from '../../lib/paths';
import { RatingSourceTag } from './rating-source-tag';

/** For a team's self-evaluation, where each rating came from; empty for one person's. */
type Sources = ReadonlyMap<string, RatingSource>;

function Requirements({ auditId, toolkit, answers, sources, requirements, linkText }: {
  auditId: string;
  toolkit: Toolkit;
  answers: AnswersByIndicator;
  sources: Sources;
  requirements: readonly LegalRequirement[];
  linkText: string;
}) {
  return (
    <ul className="govuk-list app-legal-list">
      {requirements.map(({ domain, indicator, duty }) => (
        <li key={indicator.id} className="app-legal-list__item">
          <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">{indicator.statement}</p>
          <dl className="app-legal-list__details">
            <dt>Duty</dt>
            <dd>{duty.duty}</dd>
            <dt>Source</dt>
            <dd>{duty.source}</dd>
            <dt>Section</dt>
            <dd>{domain.title}</dd>
            <dt>Rated</dt>
            <dd>
              {ratingLabel(toolkit.scale.levels, answers[indicator.id]?.rating ?? null)}
              <RatingSourceTag source={sources.get(indicator.id)} /> (met from {duty.metFromLevel} {ratingLabel(toolkit.scale.levels, duty.metFromLevel)})
            </dd>
          </dl>
          <Link className="govuk-link app-no-print" to={paths.domain(auditId, domain.id, { hash: indicatorAnchor(toolkit, indicator.id) })}>
            {linkText}
            <span className="govuk-visually-hidden"> for: {indicator.statement}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The count beside the overall score, so that it is read first, linking to
 * the list below the chart (which keeps the chart on the first printed page).
 */
export function LegalRequirementsLine({ toolkit, answers }: { toolkit: Toolkit; answers: AnswersByIndicator }) {
  const summary = summariseLegalRequirements(toolkit, answers);
  if (summary.requirements.length === 0) return null;
  return (
    <p className="govuk-body-l">
      <a className="govuk-link" href="#legal-requirements-heading">
        {describeLegalRequirements(summary)}
      </a>
    </p>
  );
}

/**
 * The legal duties counted on their own, so that a duty not met is never
 * hidden in a section's average: those not met, then those not rated yet,
 * each with its duty, its source and a way to rate it. Nothing at all for a
 * toolkit without legal duties.
 */
export function LegalRequirementsSection({ auditId, toolkit, answers, sources }: { auditId: string; toolkit: Toolkit; answers: AnswersByIndicator; sources: Sources }) {
  const summary = summariseLegalRequirements(toolkit, answers);
  if (summary.requirements.length === 0) return null;
  const notMet = summary.requirements.filter((requirement) => requirement.state === 'not-met');
  const notRated = summary.requirements.filter((requirement) => requirement.state === 'not-rated');
  const notApplicable = summary.requirements.length - summary.applicable;
  return (
    <section className="app-legal" aria-labelledby="legal-requirements-heading">
      <h2 className="govuk-heading-m" id="legal-requirements-heading">
        {describeLegalRequirements(summary)}
      </h2>
      <p className="govuk-body">
        These statements are duties in law. Each counts as met from the rating its duty names, whatever its section’s score, and they are counted
        here on their own.
        {notApplicable > 0 && ` ${notApplicable} marked not applicable ${notApplicable === 1 ? 'is' : 'are'} left out of the count.`}
      </p>
      {notMet.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Not met ({notMet.length})</h3>
          <Requirements auditId={auditId} toolkit={toolkit} answers={answers} sources={sources} requirements={notMet} linkText="Change the rating" />
        </>
      )}
      {notRated.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Not rated yet ({notRated.length})</h3>
          <Requirements auditId={auditId} toolkit={toolkit} answers={answers} sources={sources} requirements={notRated} linkText="Give a rating" />
        </>
      )}
      {notMet.length === 0 && notRated.length === 0 && <p className="govuk-body">Every legal requirement that applies is met.</p>}
    </section>
  );
}
