import { useState } from 'react';
import { saveFile } from '../../lib/save-file';
import { makeFullBackup } from '../../operations/backup';
import { formatDateTime } from '../../core/format-date';
import { useLastBackupAt } from '../../hooks/backup-hooks';
import { AuditBackupForm } from './audit-backup-form';

/** Download everything; see when that was last done. */
export function BackupSection() {
  const lastBackupAt = useLastBackupAt();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    setError('');
    setMessage('');
    try {
      const file = await makeFullBackup();
      saveFile(file.blob, file.fileName);
      setMessage(`Backup downloaded as ${file.fileName}. Keep it somewhere safe, such as your school’s shared drive.`);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 className="govuk-heading-m" id="backup-heading">
        Back up
      </h2>
      <p className="govuk-body">
        {lastBackupAt === undefined
          ? 'Checking when you last made a backup…'
          : lastBackupAt === null
            ? 'You have not made a backup on this device yet.'
            : `Last backup: ${formatDateTime(lastBackupAt)}.`}
      </p>
      <p className="govuk-body">
        A backup is one file holding every self-evaluation, reflection and development plan on this device, and the toolkits they were made with.
      </p>
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          Anyone with the file can read it. Store it where only the right people can.
        </strong>
      </div>
      <button type="button" className="govuk-button" disabled={busy} aria-disabled={busy} onClick={() => void download()}>
        Download a backup of everything
      </button>
      <p className="govuk-body" role="status">
        {message}
      </p>
      <p className="govuk-error-message" role="alert">
        {error}
      </p>
      <AuditBackupForm />
    </section>
  );
}
