import { useState } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { saveFile } from '../../lib/save-file';
import { exportGovernorsSummary } from '../../operations/plan';
import { describeCharacters } from '../../pdf/text/describe-characters';

/** "Download as PDF": the one-page summary made by jsPDF, with a plain warning when some characters could not be shown. */
export function GovernorsSummaryDownload({ auditId }: { auditId: string }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null; missing: string[] }>({ busy: false, error: null, missing: [] });
  const download = async () => {
    setState({ busy: true, error: null, missing: [] });
    try {
      const { file, fileName, missing } = await exportGovernorsSummary(auditId);
      saveFile(file, fileName);
      setState({ busy: false, error: null, missing });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error), missing: [] });
    }
  };
  return (
    <>
      <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void download()} disabled={state.busy} aria-describedby="governors-export-status">
        Download as PDF
      </button>
      {/* A line of its own under the buttons (see governors-summary.scss). */}
      <div className="app-governors__status">
        <div id="governors-export-status" role="status">
          {state.busy && <p className="govuk-body">Making the PDF…</p>}
          {state.missing.length > 0 && (
            <p className="govuk-body">The PDF could not show some characters ({describeCharacters(state.missing)}); they appear as �. This page shows them.</p>
          )}
        </div>
        <ErrorSummary title="The governors’ summary could not be created" description={state.error} />
      </div>
    </>
  );
}
