import { describeMetFrom } from '../../core/legal-requirements';
import type { Toolkit, ToolkitIndicator } from '../../core/toolkit-schema';

/** Lines to write on: decoration to a screen reader, which has already heard what they are for. */
export function WritingLines({ count }: { count: number }) {
  return (
    <div className="app-toolkit-print__lines" aria-hidden="true">
      {Array.from({ length: count }, (_, index) => (
        <div key={index} className="app-toolkit-print__line" />
      ))}
    </div>
  );
}

/** An empty square to tick with a pen. Not a form control: the level beside it is read as text. */
const TickBox = () => <span className="app-toolkit-print__box" aria-hidden="true" />;

/**
 * One statement on paper: a box beside each level with its descriptor (and
 * "n/a" where the scale allows it), the evidence prompts, and room for notes.
 * Kept on one page where it fits.
 */
export function PrintStatement({ toolkit, indicator, number }: { toolkit: Toolkit; indicator: ToolkitIndicator; number: number }) {
  const headingId = `print-statement-${indicator.id}`;
  const tags = [indicator.core ? 'Core' : '', indicator.legalDuty ? 'Legal requirement' : ''].filter(Boolean);
  return (
    <section className="app-toolkit-print__statement" aria-labelledby={headingId}>
      <h3 className="govuk-heading-s app-toolkit-print__statement-heading" id={headingId}>
        <span className="app-toolkit-print__number">Statement {number}</span> {indicator.statement}
        {tags.map((tag) => (
          <span key={tag} className="app-toolkit-print__tag">
            {' '}
            {tag}
          </span>
        ))}
      </h3>
      {indicator.legalDuty && (
        <p className="govuk-body-s app-toolkit-print__duty">
          What the law requires: {indicator.legalDuty.duty} {describeMetFrom(toolkit.scale.levels, indicator.legalDuty.metFromLevel)}
        </p>
      )}
      <ul className="app-toolkit-print__levels" aria-label={`Levels for statement ${number}`}>
        {toolkit.scale.levels.map((level) => (
          <li key={level.value} className="app-toolkit-print__level">
            <TickBox />
            <span>
              <strong>{level.label}</strong> {indicator.descriptors[String(level.value)]}
            </span>
          </li>
        ))}
        {toolkit.scale.allowNotApplicable && (
          <li className="app-toolkit-print__level">
            <TickBox />
            <span>
              <strong>n/a</strong> Not applicable to our school
            </span>
          </li>
        )}
      </ul>
      <p className="govuk-body-s app-toolkit-print__label">How do we know?</p>
      <ul className="govuk-list govuk-list--bullet app-toolkit-print__prompts">
        {indicator.evidencePrompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      <p className="govuk-body-s app-toolkit-print__label">Notes</p>
      <WritingLines count={3} />
    </section>
  );
}
