import type { HighlightGroup, StrengthsAndAreas } from '../../core/strengths-and-areas';

function Groups({ groups, reflectionTitle }: { groups: readonly HighlightGroup[]; reflectionTitle: string }) {
  return groups.map((group) => (
    <div className="app-highlight" key={group.domainId}>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-2">{group.title}</h4>
      <ul className="govuk-list govuk-list--bullet">
        {group.indicators.map((indicator) => (
          <li key={indicator.indicatorId}>
            {indicator.statement} <span className="app-highlight__level">({indicator.ratingText})</span>
            {indicator.note && <span className="app-highlight__note">Evidence: {indicator.note}</span>}
          </li>
        ))}
      </ul>
      {group.reflection && (
        <div className="govuk-inset-text app-reflection">
          <span className="app-reflection__title">{reflectionTitle}</span> {group.reflection}
        </div>
      )}
    </div>
  ));
}

/** The highest- and lowest-rated indicators, with what the team wrote. Strengths first. */
export function StrengthsAndAreasSection({ found }: { found: StrengthsAndAreas }) {
  const isEmpty = found.strengths.length === 0 && found.areas.length === 0;
  return (
    <section aria-labelledby="strengths-heading" className="app-strengths">
      <h2 className="govuk-heading-m" id="strengths-heading">
        Strengths and areas to develop
      </h2>
      {isEmpty && <p className="govuk-body">{found.sameLevelText ?? 'Rate some indicators to see your strengths and areas to develop.'}</p>}
      {found.strengths.length > 0 && (
        <>
          <h3 className="govuk-heading-s app-strengths__kind">Strengths: rated highest</h3>
          <Groups groups={found.strengths} reflectionTitle="What is working well:" />
        </>
      )}
      {found.areas.length > 0 && (
        <>
          <h3 className="govuk-heading-s app-strengths__kind">Areas to develop: rated lowest</h3>
          <Groups groups={found.areas} reflectionTitle="Even better if:" />
        </>
      )}
      {found.otherReflections.length > 0 && (
        <>
          <h3 className="govuk-heading-s app-strengths__kind">More of what the team wrote</h3>
          <dl className="govuk-summary-list">
            {found.otherReflections.map((reflection) => (
              <div className="govuk-summary-list__row" key={reflection.domainId}>
                <dt className="govuk-summary-list__key">{reflection.title}</dt>
                <dd className="govuk-summary-list__value">
                  {reflection.workingWell && <p className="govuk-body">What is working well: {reflection.workingWell}</p>}
                  {reflection.evenBetterIf && <p className="govuk-body">Even better if: {reflection.evenBetterIf}</p>}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
