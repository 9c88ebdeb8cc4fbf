import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import type { AnswersByIndicator, Audit } from '../../core/audit';
import { buildRatingsCsv, ratingsFileName } from '../../core/ratings-csv';
import type { Toolkit } from '../../core/toolkit-schema';
import { paths } from '../../lib/paths';
import { saveFile } from '../../lib/save-file';
import type { PlanFormat } from '../../core/plan-renderer';
import { exportPlan } from '../../operations/plan';
import { PlanProgressLine } from './plan-progress-line';

interface ExportActionsProps {
  audit: Audit;
  toolkit: Toolkit;
  answers: AnswersByIndicator;
}

/** Printing and the downloads. None of this is in the printout. */
export function ExportActions({ audit, toolkit, answers }: ExportActionsProps) {
  const [exportError, setExportError] = useState<string | null>(null);
  const [isExporting, setIsExporting] = useState(false);

  const downloadPlan = async (format: PlanFormat) => {
    setIsExporting(true);
    setExportError(null);
    try {
      const { file, fileName } = await exportPlan(audit.id, format);
      saveFile(file, fileName);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    } finally {
      setIsExporting(false);
    }
  };

  const exportCsv = () => {
    // The byte order mark makes Excel read the file as UTF-8 (curly quotes, accents).
    const csv = new Blob(['\uFEFF', buildRatingsCsv(toolkit, answers)], { type: 'text/csv;charset=utf-8' });
    saveFile(csv, ratingsFileName(audit.school, toolkit.id, audit.date));
  };

  return (
    <section className="app-no-print" aria-labelledby="export-heading">
      <h2 className="govuk-heading-m" id="export-heading">
        Development plan, print or download
      </h2>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.plan(audit.id)}>
          Open the development plan
        </Link>{' '}
        to agree actions, success measures, leads and dates.
      </p>
      <PlanProgressLine auditId={audit.id} />
      <ErrorSummary title="The development plan could not be created" description={exportError} />
      <div className="app-button-row">
        <button type="button" className="govuk-button" onClick={() => void downloadPlan('pdf')} disabled={isExporting}>
          Download development plan (PDF)
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void downloadPlan('docx')} disabled={isExporting}>
          Download development plan (Word)
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={exportCsv}>
          Download the ratings for a spreadsheet (CSV)
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => window.print()}>
          Print results
        </button>
      </div>
      {/* A colleague's copy holds one person's answers, which are never shared beyond the school. */}
      {!audit.invitation && (
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.shareSummary(audit.id)}>
            Share a summary with the local authority
          </Link>
          : see exactly what it will hold, choose what goes in the showcase, then save the file to send.
        </p>
      )}
    </section>
  );
}
