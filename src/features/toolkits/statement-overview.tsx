import { LegalDutyNote, StatementTags } from '../../components/statement-tags';
import type { Toolkit, ToolkitIndicator } from '../../core/toolkit-schema';

/** One statement read ahead of rating it: its tags, the law behind it, what each level looks like, evidence prompts and its source. */
export function StatementOverview({ toolkit, indicator, number }: { toolkit: Toolkit; indicator: ToolkitIndicator; number: number }) {
  const headingId = `statement-${indicator.id}`;
  return (
    <section className="app-toolkit-statement" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s" id={headingId}>
        <span className="govuk-caption-m">Statement {number}</span>
        {indicator.statement}
        <StatementTags indicator={indicator} />
      </h3>
      {indicator.legalDuty && <LegalDutyNote duty={indicator.legalDuty} levels={toolkit.scale.levels} />}
      <dl className="govuk-body app-toolkit-levels">
        {toolkit.scale.levels.map((level) => (
          <div className="app-toolkit-levels__level" key={level.value}>
            <dt className="govuk-!-font-weight-bold">{level.label}</dt>
            <dd>{indicator.descriptors[String(level.value)]}</dd>
          </div>
        ))}
      </dl>
      <h4 className="govuk-heading-s govuk-!-margin-bottom-1">Evidence prompts</h4>
      <ul className="govuk-list govuk-list--bullet">
        {indicator.evidencePrompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      <p className="govuk-body-s">Where this comes from: {indicator.reference}</p>
    </section>
  );
}
