/**
 * The showcase booklet as a page to print, and as a PDF: what is working
 * well across the borough, in schools' own words, credited as each school
 * agreed. The same model draws both.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { usePageTitle } from '../../components/use-page-title';
import { SHOWCASE_TITLE, type ShowcaseBooklet } from '../../core/showcase-booklet';
import { useShowcase } from '../../hooks/local-authority-hooks';
import { paths } from '../../lib/paths';
import { saveFile } from '../../lib/save-file';
import { makeShowcasePdf } from '../../operations/local-authority';
import { CouncilBanner } from './council-banner';
import './local-authority.css';

export function ShowcasePage() {
  usePageTitle(SHOWCASE_TITLE);
  const booklet = useShowcase();
  return (
    <>
      <div className="app-no-print">
        <CouncilBanner />
      </div>
      <h1 className="govuk-heading-xl">{SHOWCASE_TITLE}</h1>
      {booklet ? <Booklet booklet={booklet} /> : <p className="govuk-body">Loading…</p>}
      <p className="govuk-body app-no-print">
        <Link className="govuk-link" to={paths.localAuthority()}>
          Back to the local authority view
        </Link>
      </p>
    </>
  );
}

function Booklet({ booklet }: { booklet: ShowcaseBooklet }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setError(null);
    try {
      const { file, fileName } = await makeShowcasePdf(booklet);
      saveFile(file, fileName);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <p className="govuk-body-l app-readable-width">{booklet.intro}</p>
      {booklet.passages > 0 && (
        <div className="app-no-print">
          <ErrorSummary title="The booklet could not be made" description={error} />
          <div className="app-button-row">
            <button type="button" className="govuk-button" onClick={() => void download()} disabled={busy}>
              Download the booklet (PDF)
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
              Print the booklet
            </button>
          </div>
        </div>
      )}
      {booklet.toolkits.map((toolkit, t) => (
        <section key={t} aria-labelledby={`toolkit-${t}`}>
          <h2 className="govuk-heading-l" id={`toolkit-${t}`}>
            {toolkit.title}
          </h2>
          {toolkit.sections.map((section, s) => (
            <section key={s} aria-labelledby={`section-${t}-${s}`}>
              <h3 className="govuk-heading-m" id={`section-${t}-${s}`}>
                {section.title}
              </h3>
              {section.passages.map((passage, p) => (
                <figure className="app-passage app-readable-width" key={p}>
                  <blockquote className="govuk-body">{passage.text}</blockquote>
                  <figcaption className="govuk-body-s">— {passage.credit}</figcaption>
                </figure>
              ))}
            </section>
          ))}
        </section>
      ))}
    </>
  );
}
