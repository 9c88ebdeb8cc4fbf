import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { paths } from '../../lib/paths';
import { saveFile } from '../../lib/save-file';
import { exportPlanPdf } from '../../operations/plan';
import { describeCharacters } from '../../pdf/text/describe-characters';
import { EvidenceCheckbox } from './evidence-checkbox';

/**
 * The download and the printable version, with or without the evidence
 * notes (a plan shared beyond the school may leave them out), and a plain
 * warning when the PDF could not show some characters.
 */
export function ExportPlan({ auditId }: { auditId: string }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null; missing: string[] }>({ busy: false, error: null, missing: [] });
  const [includeEvidence, setIncludeEvidence] = useState(true);
  const download = async () => {
    setState({ busy: true, error: null, missing: [] });
    try {
      const { pdf, fileName, missing } = await exportPlanPdf(auditId, { includeEvidence });
      saveFile(pdf, fileName);
      setState({ busy: false, error: null, missing });
    } catch (error) {
      setState({ busy: false, error: error instanceof Error ? error.message : String(error), missing: [] });
    }
  };
  return (
    <div className="app-no-print">
      <EvidenceCheckbox
        id="export-evidence"
        checked={includeEvidence}
        onChange={setIncludeEvidence}
        hint="What you wrote for “How do we know?” beside each statement. Untick to leave them out of the PDF and the printable version."
      />
      <div className="app-button-row">
        <button type="button" className="govuk-button" onClick={() => void download()} disabled={state.busy} aria-describedby="export-status">
          Download development plan (PDF)
        </button>
        <Link className="govuk-link govuk-body" to={paths.printPlan(auditId, { evidence: includeEvidence })}>
          Printable version (web page)
        </Link>
        <Link className="govuk-link govuk-body" to={paths.results(auditId)}>
          Results
        </Link>
      </div>
      <div id="export-status" role="status">
        {state.busy && <p className="govuk-body">Making the PDF…</p>}
        {state.missing.length > 0 && (
          <div className="govuk-warning-text">
            <span className="govuk-warning-text__icon" aria-hidden="true">
              !
            </span>
            <strong className="govuk-warning-text__text">
              <span className="govuk-visually-hidden">Warning</span>
              The PDF could not show some characters ({describeCharacters(state.missing)}); they appear as �. The printable version shows them.
            </strong>
          </div>
        )}
      </div>
      <ErrorSummary title="The development plan could not be created" description={state.error} />
    </div>
  );
}
