import type { RatingSource } from '../../core/combine-responses';
import type { DomainReflection, HighlightGroup, StrengthsAndAreas } from '../../core/strengths-and-areas';
import { RatingSourceTag } from './rating-source-tag';

/** For a team's self-evaluation, where each rating came from; empty for one person's. */
type Sources = ReadonlyMap<string, RatingSource>;

function Groups({ groups, sources }: { groups: readonly HighlightGroup[]; sources: Sources }) {
  return groups.map((group) => (
    <div className="app-highlight" key={group.domainId}>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{group.title}</h4>
      <ul className="govuk-list govuk-list--bullet">
        {group.indicators.map((indicator) => (
          <li key={indicator.indicatorId}>
            {indicator.statement} <span className="app-highlight__level">({indicator.ratingText})</span>
            <RatingSourceTag source={sources.get(indicator.indicatorId)} />
            {indicator.note && <span className="app-highlight__note">Evidence: {indicator.note}</span>}
          </li>
        ))}
      </ul>
    </div>
  ));
}

/** What the team wrote, each under the section it is about. */
function Reflections({ reflections }: { reflections: readonly DomainReflection[] }) {
  return (
    <section aria-labelledby="reflections-heading" className="app-strengths">
      <h2 className="govuk-heading-m" id="reflections-heading">
        What the team wrote about each section
      </h2>
      {reflections.length === 0 ? (
        <p className="govuk-body">Nothing written yet. Each section’s rating page asks what is working well and what would make it even better.</p>
      ) : (
        <dl className="govuk-summary-list">
          {reflections.map((reflection) => (
            <div className="govuk-summary-list__row" key={reflection.domainId}>
              <dt className="govuk-summary-list__key">{reflection.title}</dt>
              <dd className="govuk-summary-list__value">
                {reflection.workingWell && (
                  <p className="govuk-body">
                    <span className="app-reflection__title">What is working well:</span> {reflection.workingWell}
                  </p>
                )}
                {reflection.evenBetterIf && (
                  <p className="govuk-body">
                    <span className="app-reflection__title">Even better if:</span> {reflection.evenBetterIf}
                  </p>
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

/** The highest- and lowest-rated statements, strengths first; then what the team wrote, by section. */
export function StrengthsAndAreasSection({ found, sources }: { found: StrengthsAndAreas; sources: Sources }) {
  const isEmpty = found.strengths.length === 0 && found.areas.length === 0;
  return (
    <>
      <section aria-labelledby="strengths-heading" className="app-strengths">
        <h2 className="govuk-heading-m" id="strengths-heading">
          Strengths and areas to develop
        </h2>
        {isEmpty && <p className="govuk-body">{found.sameLevelText ?? 'Rate some statements to see your strengths and areas to develop.'}</p>}
        {found.strengths.length > 0 && (
          <>
            <h3 className="govuk-heading-s app-strengths__kind">Strengths: rated highest</h3>
            <Groups groups={found.strengths} sources={sources} />
          </>
        )}
        {found.areas.length > 0 && (
          <>
            <h3 className="govuk-heading-s app-strengths__kind">Areas to develop: rated lowest</h3>
            <Groups groups={found.areas} sources={sources} />
          </>
        )}
      </section>
      <Reflections reflections={found.reflections} />
    </>
  );
}
