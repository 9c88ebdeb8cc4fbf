/**
 * The local-authority view: a council's own part of the app, apart from any
 * self-evaluation made on this device. Schools' summary files come in here;
 * from them, a roll-up per toolkit and the showcase booklet.
 */
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../components/use-page-title';
import { rollUpAll } from '../../core/borough-rollup';
import { useSummaries } from '../../hooks/local-authority-hooks';
import { paths } from '../../lib/paths';
import { CouncilBanner } from './council-banner';
import { ImportSummaries } from './import-summaries';
import { SchoolsList } from './schools-list';
import './local-authority.css';

export function LocalAuthorityPage() {
  usePageTitle('Local authority view');
  const summaries = useSummaries();
  // A school removed from its own summary's page comes back here to say so.
  const arrivedWith = (useLocation().state as { removed?: string } | null)?.removed ?? null;
  const [removed, setRemoved] = useState<string | null>(arrivedWith);
  const rollups = summaries ? rollUpAll(summaries) : [];
  return (
    <>
      <CouncilBanner />
      {removed && <NotificationBanner type="success" title="Success" heading={removed} focusKey={removed} />}
      <h1 className="govuk-heading-xl">Local authority view</h1>
      <div className="app-readable-width">
        <p className="govuk-body-l">See what is working across your schools, where to aim training and support, and gather a showcase of what works.</p>
        <p className="govuk-body">
          Schools share a summary of a self-evaluation from its results page and send you the file. Import the files here: they stay on this device,
          apart from any self-evaluation of your own. They are not part of Reflect’s backups, so keep the files the schools sent you; importing them
          again takes a few seconds.
        </p>
      </div>
      <ImportSummaries />
      {summaries === undefined ? (
        <p className="govuk-body">Loading the summaries…</p>
      ) : summaries.length === 0 ? (
        <p className="govuk-body">No summaries have been imported yet.</p>
      ) : (
        <>
          <section aria-labelledby="rollups-heading">
            <h2 className="govuk-heading-m" id="rollups-heading">
              Across the borough, by toolkit
            </h2>
            <ul className="govuk-list">
              {rollups.map((rollup) => (
                <li key={`${rollup.toolkit.id}@${rollup.toolkit.version}`}>
                  <Link className="govuk-link" to={paths.rollup(rollup.toolkit.id, rollup.toolkit.version)}>
                    {rollup.toolkit.title}, version {rollup.toolkit.version}
                  </Link>
                  : {rollup.schools} {rollup.schools === 1 ? 'school' : 'schools'}
                </li>
              ))}
            </ul>
            <p className="govuk-body">
              <Link className="govuk-link" to={paths.showcase()}>
                The showcase booklet: what is working well
              </Link>
            </p>
          </section>
          <SchoolsList summaries={summaries} onRemoved={setRemoved} />
        </>
      )}
    </>
  );
}
