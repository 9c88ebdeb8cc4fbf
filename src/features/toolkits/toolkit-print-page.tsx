import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../lib/paths';
import { PrintStatement, WritingLines } from './print-statement';
import { ToolkitNotFound } from './toolkit-not-found';
import { OtherVersionWarning } from './toolkit-notes';
import { useToolkitVersion } from './use-toolkit-version';
import './toolkit-print.css';

/**
 * A toolkit as a blank paper copy on A4, to fill in by hand as a pre-read or
 * in a paper-based meeting: lines for the school, date and who took part, then
 * each section on a new page, each statement with a box to tick beside every
 * level. Printed by the browser; the button and links do not print.
 */
export function ToolkitPrintPage() {
  const { toolkitId = '', version = '' } = useParams();
  const found = useToolkitVersion(toolkitId, version);
  usePageTitle(found ? `${found.entry.toolkit.title} (blank copy to print)` : 'Blank copy');
  if (found === undefined) return <p className="govuk-body">Loading…</p>;
  if (found === null) return <ToolkitNotFound toolkitId={toolkitId} version={version} />;
  const { entry, otherCount } = found;
  const { toolkit } = entry;
  const tickWhat = toolkit.scale.allowNotApplicable ? 'the one level that best describes your school now, or n/a if it does not apply' : 'the one level that best describes your school now';
  return (
    <article className="app-toolkit-print" lang="en-GB">
      <div className="app-no-print">
        <OtherVersionWarning otherCount={otherCount} isShipped={entry.isShipped} />
        <div className="app-button-row">
          <button type="button" className="govuk-button" onClick={() => window.print()}>
            Print this page
          </button>
          <Link className="govuk-link govuk-body" to={paths.toolkit(toolkit.id, toolkit.version)}>
            Back to the toolkit
          </Link>
        </div>
      </div>
      <header className="app-toolkit-print__cover">
        <p className="govuk-caption-l">Self-evaluation: blank copy</p>
        <h1 className="govuk-heading-l">{toolkit.title}</h1>
        <p className="govuk-body">Version {toolkit.version}</p>
        <p className="govuk-body">{toolkit.summary}</p>
        {['School', 'Date', 'Who took part'].map((field) => (
          <div className="app-toolkit-print__field" key={field}>
            <p className="govuk-body app-toolkit-print__label">{field}</p>
            <WritingLines count={field === 'Who took part' ? 2 : 1} />
          </div>
        ))}
        <h2 className="govuk-heading-s">How to fill it in</h2>
        <p className="govuk-body">
          For each statement, tick {tickWhat}. Under “Notes”, write how you know: the evidence prompts suggest where to look.
        </p>
        <p className="govuk-body">The levels, lowest first: {toolkit.scale.levels.map((level) => level.label).join(', ')}.</p>
        <h2 className="govuk-heading-s">Sections</h2>
        <ol className="govuk-list govuk-list--number">
          {toolkit.domains.map((domain) => (
            <li key={domain.id}>
              {domain.title} ({domain.indicators.length} {domain.indicators.length === 1 ? 'statement' : 'statements'})
            </li>
          ))}
        </ol>
      </header>
      {toolkit.domains.map((domain, index) => (
        <section className="app-toolkit-print__section" key={domain.id} aria-labelledby={`print-section-${domain.id}`}>
          <h2 className="govuk-heading-m" id={`print-section-${domain.id}`}>
            <span className="app-toolkit-print__number">
              Section {index + 1} of {toolkit.domains.length}:
            </span>{' '}
            {domain.title}
          </h2>
          <p className="govuk-body">{domain.description}</p>
          {domain.indicators.map((indicator, position) => (
            <PrintStatement key={indicator.id} toolkit={toolkit} indicator={indicator} number={position + 1} />
          ))}
        </section>
      ))}
      <p className="govuk-body-s">
        Printed from Reflect: the toolkit “{toolkit.title}”, version {toolkit.version}.
      </p>
    </article>
  );
}
