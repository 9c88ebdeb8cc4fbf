import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { paths } from '../../lib/paths';
import { saveFile } from '../../lib/save-file';
import type { PlanFormat } from '../../core/plan-renderer';
import type { PlanSources } from '../../core/plan-report';
import { exportPlan } from '../../operations/plan';
import { describeCharacters } from '../../pdf/text/describe-characters';
import { EvidenceCheckbox } from './evidence-checkbox';
import { usePreparedPdf } from './use-prepared-pdf';

/** What the status line says while each file is made. */
const MAKING: Record<PlanFormat, string> = { pdf: 'Making the PDF…', docx: 'Making the Word document…' };

/**
 * The downloads (a PDF to send, a Word document a local authority can edit)
 * and the printable version, with or without the evidence notes (a plan
 * shared beyond the school may leave them out), and a plain warning when the
 * PDF could not show some characters. The PDF is made ahead, as the plan and the evidence choice stand.
 */
export function ExportPlan({ sources }: { sources: PlanSources }) {
  const auditId = sources.audit.id;
  const [state, setState] = useState<{ busy: PlanFormat | null; error: string | null; missing: string[] }>({ busy: null, error: null, missing: [] });
  const [includeEvidence, setIncludeEvidence] = useState(true);
  usePreparedPdf(sources, includeEvidence);
  const download = async (format: PlanFormat) => {
    setState({ busy: format, error: null, missing: [] });
    try {
      const { file, fileName, missing } = await exportPlan(auditId, format, { includeEvidence });
      saveFile(file, fileName);
      setState({ busy: null, error: null, missing });
    } catch (error) {
      setState({ busy: null, error: error instanceof Error ? error.message : String(error), missing: [] });
    }
  };
  return (
    <div className="app-no-print">
      <EvidenceCheckbox
        id="export-evidence"
        checked={includeEvidence}
        onChange={setIncludeEvidence}
        hint="What you wrote for “How do we know?” beside each statement. Untick to leave them out of the PDF, the Word document and the printable version."
      />
      <div className="app-button-row">
        <button type="button" className="govuk-button" onClick={() => void download('pdf')} disabled={state.busy !== null} aria-describedby="export-status">
          Download development plan (PDF)
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void download('docx')} disabled={state.busy !== null} aria-describedby="export-status">
          Download development plan (Word)
        </button>
        <Link className="govuk-link govuk-body" to={paths.printPlan(auditId, { evidence: includeEvidence })}>
          Printable version (web page)
        </Link>
        <Link className="govuk-link govuk-body" to={paths.governorsSummary(auditId)}>
          Governors’ summary
        </Link>
        <Link className="govuk-link govuk-body" to={paths.results(auditId)}>
          Results
        </Link>
      </div>
      <div id="export-status" role="status">
        {state.busy && <p className="govuk-body">{MAKING[state.busy]}</p>}
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
