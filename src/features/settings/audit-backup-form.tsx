import { useState, type FormEvent } from 'react';
import { useAuditSummaries } from '../../hooks/audit-hooks';
import { saveFile } from '../../lib/save-file';
import { makeAuditBackup } from '../../operations/backup';

/** One self-evaluation with its plan, e.g. to share with another school or a local authority adviser. */
export function AuditBackupForm() {
  const summaries = useAuditSummaries();
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');

  if (!summaries || summaries.length === 0) return null;
  const auditId = chosen || summaries[0]!.audit.id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError('');
    setMessage('');
    try {
      const file = await makeAuditBackup(auditId);
      saveFile(file.blob, file.fileName);
      const title = summaries.find((summary) => summary.audit.id === auditId)?.audit.title ?? '';
      setMessage(`Backup of “${title}” downloaded.`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="govuk-heading-s">Back up one self-evaluation</h3>
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="audit-to-back-up">
          Self-evaluation
        </label>
        <div className="govuk-hint" id="audit-to-back-up-hint">
          The file holds this self-evaluation, its development plan and its toolkit, and nothing else.
        </div>
        <select
          className="govuk-select"
          id="audit-to-back-up"
          aria-describedby="audit-to-back-up-hint"
          value={auditId}
          onChange={(event) => setChosen(event.target.value)}
        >
          {summaries.map(({ audit }) => (
            <option key={audit.id} value={audit.id}>
              {audit.title} – {audit.school}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary">
        Download a backup of this self-evaluation
      </button>
      <p className="govuk-body" role="status">
        {message}
      </p>
      <p className="govuk-error-message" role="alert">
        {error}
      </p>
    </form>
  );
}
