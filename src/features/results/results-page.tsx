import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { formatScore, levelForScore, scoreAudit } from '../../core/score-audit';
import { usePageTitle } from '../../components/use-page-title';
import { useAnswers, useAudit, useStoredToolkit } from '../../storage/hooks';
import { exportDevelopmentPlan } from '../../pdf/export-development-plan';
import { ResultsRadar } from './radar';

export function ResultsPage() {
  usePageTitle('Results');
  const { auditId = '' } = useParams();
  const audit = useAudit(auditId);
  const toolkit = useStoredToolkit(audit);
  const answers = useAnswers(auditId);
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);

  if (audit === null || toolkit === null) {
    return (
      <>
        <h1 className="govuk-heading-l">Self-evaluation not found</h1>
        <p className="govuk-body">
          <Link className="govuk-link" to="/">
            Go to your self-evaluations
          </Link>
        </p>
      </>
    );
  }
  if (!audit || !toolkit || !answers) return <p className="govuk-body">Loading…</p>;

  const score = scoreAudit(toolkit, answers);
  const exportPlan = async () => {
    setExporting(true);
    setExportError(null);
    try {
      await exportDevelopmentPlan(audit.id);
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    } finally {
      setExporting(false);
    }
  };

  return (
    <>
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">Results</h1>
      <p className="govuk-body-l">Overall score: {formatScore(score.overall)}</p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-one-half">
          <ResultsRadar toolkit={toolkit} score={score} />
        </div>
        <div className="govuk-grid-column-one-half">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--m">Scores by domain</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Domain</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Score</th>
                <th scope="col" className="govuk-table__header">Level</th>
                <th scope="col" className="govuk-table__header govuk-table__header--numeric">Rated</th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {score.domains.map((domain) => (
                <tr className="govuk-table__row" key={domain.domainId}>
                  <th scope="row" className="govuk-table__header">
                    <Link className="govuk-link" to={`/audits/${audit.id}/domains/${domain.domainId}`}>
                      {domain.title}
                    </Link>
                  </th>
                  <td className="govuk-table__cell govuk-table__cell--numeric">{formatScore(domain.score)}</td>
                  <td className="govuk-table__cell">
                    {domain.score === null ? '–' : levelForScore(toolkit.scale.levels, domain.score)?.label}
                  </td>
                  <td className="govuk-table__cell govuk-table__cell--numeric">
                    {domain.rated} of {domain.total}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
      {exportError && (
        <div className="govuk-error-summary" role="alert">
          <h2 className="govuk-error-summary__title">The development plan could not be created</h2>
          <div className="govuk-error-summary__body">
            <p className="govuk-body">{exportError}</p>
          </div>
        </div>
      )}
      <div className="app-button-row app-no-print">
        <button type="button" className="govuk-button" onClick={() => void exportPlan()} disabled={exporting}>
          Download development plan (PDF)
        </button>
        <Link className="govuk-link govuk-body" to={`/audits/${audit.id}`}>
          Back to the self-evaluation
        </Link>
      </div>
    </>
  );
}
