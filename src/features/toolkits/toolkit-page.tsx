import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../lib/paths';
import { StatementOverview } from './statement-overview';
import { sectionAnchor, SCALE_ANCHOR, ToolkitContents } from './toolkit-contents';
import { GlossarySection, QuestionnairesSection } from './toolkit-extras';
import { ScaleTable, ToolkitFacts } from './toolkit-facts';
import { ToolkitNotFound } from './toolkit-not-found';
import { OtherVersionWarning, StartsWithNote } from './toolkit-notes';
import { useToolkitVersion } from './use-toolkit-version';
import './toolkit-overview.css';

/**
 * One toolkit version, whole, for a head teacher reading ahead: what it is,
 * how long it takes, the scale, then every section with each statement's
 * levels, evidence prompts and source, the words it uses and its
 * questionnaires. From here: a blank paper copy, or a self-evaluation.
 */
export function ToolkitPage() {
  const { toolkitId = '', version = '' } = useParams();
  const found = useToolkitVersion(toolkitId, version);
  usePageTitle(found ? found.entry.toolkit.title : 'Toolkit');
  if (found === undefined) return <p className="govuk-body">Loading…</p>;
  if (found === null) return <ToolkitNotFound toolkitId={toolkitId} version={version} />;
  const { entry, otherCount, startsWith } = found;
  const { toolkit } = entry;
  return (
    <>
      <Link className="govuk-back-link" to={paths.toolkits()}>
        Back to toolkits
      </Link>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <span className="govuk-caption-l">Toolkit</span>
          <h1 className="govuk-heading-l">{toolkit.title}</h1>
          <p className="govuk-body-l">{toolkit.summary}</p>
          <OtherVersionWarning otherCount={otherCount} isShipped={entry.isShipped} />
          <ToolkitFacts toolkit={toolkit} />
          <div className="app-button-row">
            {startsWith === entry && (
              <Link className="govuk-button" to={paths.newAudit()}>
                Start a self-evaluation with this toolkit
              </Link>
            )}
            <Link className="govuk-button govuk-button--secondary" to={paths.toolkitPrint(toolkit.id, toolkit.version)}>
              Print a blank copy
            </Link>
          </div>
          <StartsWithNote entry={entry} startsWith={startsWith} />
          <ToolkitContents toolkit={toolkit} />

          <section className="app-toolkit-part" aria-labelledby={SCALE_ANCHOR}>
            <h2 className="govuk-heading-l" id={SCALE_ANCHOR}>
              How statements are rated
            </h2>
            <ScaleTable toolkit={toolkit} />
            {toolkit.domains.some((domain) => domain.indicators.some((indicator) => indicator.core || indicator.legalDuty)) && (
              <p className="govuk-body">
                Statements tagged “Core” are the ones a quick review rates. Those tagged “Legal requirement” are duties in law: the results
                say how many of them are met, beside the scores.
              </p>
            )}
          </section>

          {toolkit.domains.map((domain, index) => (
            <section className="app-toolkit-part" key={domain.id} aria-labelledby={sectionAnchor(domain.id)}>
              <h2 className="govuk-heading-l" id={sectionAnchor(domain.id)}>
                <span className="govuk-caption-m">
                  Section {index + 1} of {toolkit.domains.length}
                </span>
                {domain.title}
              </h2>
              <p className="govuk-body-l">{domain.description}</p>
              {domain.indicators.map((indicator, position) => (
                <StatementOverview key={indicator.id} toolkit={toolkit} indicator={indicator} number={position + 1} />
              ))}
            </section>
          ))}

          <GlossarySection toolkit={toolkit} />
          <QuestionnairesSection toolkit={toolkit} />
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.toolkits()}>
              Back to toolkits
            </Link>
          </p>
        </div>
      </div>
    </>
  );
}
