import { useState } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { saveFile } from '../../lib/save-file';
import { makeRollupCsv, makeRollupPdf, type ToolkitRollup } from '../../operations/local-authority';

/** The roll-up as a PDF, or as CSV for a spreadsheet. */
export function RollupDownloads({ rollup }: { rollup: ToolkitRollup }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const downloadPdf = async () => {
    setBusy(true);
    setError(null);
    try {
      const { file, fileName } = await makeRollupPdf(rollup);
      saveFile(file, fileName);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  const downloadCsv = () => {
    const { file, fileName } = makeRollupCsv(rollup);
    saveFile(file, fileName);
  };
  return (
    <section className="app-no-print" aria-labelledby="downloads-heading">
      <h2 className="govuk-heading-m" id="downloads-heading">
        Download the roll-up
      </h2>
      <ErrorSummary title="The PDF could not be made" description={error} />
      <div className="app-button-row">
        <button type="button" className="govuk-button" onClick={() => void downloadPdf()} disabled={busy}>
          Download the roll-up (PDF)
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={downloadCsv}>
          Download the roll-up for a spreadsheet (CSV)
        </button>
      </div>
    </section>
  );
}
