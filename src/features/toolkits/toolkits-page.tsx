import { useState } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../components/use-page-title';
import type { CatalogueEntry } from '../../core/toolkit-catalogue';
import { useCatalogue, useKeptToolkitRows } from '../../hooks/use-toolkits';
import { saveFile } from '../../lib/save-file';
import { makeToolkitJson, makeToolkitWorkbook, removeKeptToolkit, type KeptToolkitRow } from '../../operations/toolkits';
import { InstallToolkit } from './install-toolkit';
import { ToolkitCard } from './toolkit-card';
import { ToolkitTemplate } from './toolkit-template';

const failureOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Every toolkit on this device, shipped or installed, and the ways to bring in one of your own. */
export function ToolkitsPage() {
  usePageTitle('Toolkits');
  const catalogue = useCatalogue();
  const rows = useKeptToolkitRows();
  const [failure, setFailure] = useState<string | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);

  const run = async (work: () => Promise<void>) => {
    try {
      await work();
      setFailure(null);
    } catch (error) {
      setFailure(failureOf(error));
    }
  };
  const download = (entry: CatalogueEntry, format: 'workbook' | 'json') =>
    run(async () => {
      const file = format === 'workbook' ? await makeToolkitWorkbook(entry.toolkit) : makeToolkitJson(entry.toolkit);
      saveFile(file.blob, file.fileName);
    });
  const remove = (entry: CatalogueEntry) =>
    run(async () => {
      await removeKeptToolkit(entry.toolkit.id, entry.toolkit.version);
      setRemoved(`“${entry.toolkit.title}” version ${entry.toolkit.version} was removed from this device.`);
    });

  const rowOf = (entry: CatalogueEntry): KeptToolkitRow | undefined => rows?.find((row) => row.id === entry.toolkit.id && row.version === entry.toolkit.version);
  // Only what this device keeps and nothing uses can go: a shipped toolkit comes back with the app, and an audit needs its own.
  const canRemove = (entry: CatalogueEntry) => {
    const row = rowOf(entry);
    return !entry.isShipped && !entry.hasConflict && !!row && row.use.inUse === 0 && row.use.deleted === 0;
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {removed && <NotificationBanner type="success" title="Success" heading={removed} focusKey={removed} />}
        <ErrorSummary description={failure ?? undefined} />
        <h1 className="govuk-heading-xl">Toolkits</h1>
        <p className="govuk-body-l">A toolkit holds the statements a self-evaluation rates, with what each level looks like. Read one before you start, or print a blank copy for a meeting.</p>
        <section aria-labelledby="toolkits-heading">
          <h2 className="govuk-heading-m" id="toolkits-heading">
            Toolkits on this device
          </h2>
          {catalogue.state === 'loading' || rows === undefined ? (
            <p className="govuk-body">Loading the toolkits…</p>
          ) : catalogue.state === 'failed' ? (
            <ErrorSummary description={`The toolkits could not be loaded: ${catalogue.error.message}`} />
          ) : (
            <>
              {catalogue.value.entries.map((entry, index) => (
                <ToolkitCard
                  key={entry.key}
                  entry={entry}
                  row={rowOf(entry)}
                  headingId={`toolkit-${index}`}
                  onDownload={(format) => void download(entry, format)}
                  onRemove={canRemove(entry) ? () => void remove(entry) : null}
                />
              ))}
              {catalogue.value.problems.map((problem) => (
                <p className="govuk-body" key={problem.file}>
                  The toolkit file {problem.file} that comes with Reflect could not be used: {problem.problems.join('; ')}
                </p>
              ))}
            </>
          )}
        </section>
        <InstallToolkit here={catalogue.state === 'ready' ? catalogue.value.entries.map((entry) => entry.toolkit) : []} />
        <ToolkitTemplate onFailure={setFailure} />
      </div>
    </div>
  );
}
