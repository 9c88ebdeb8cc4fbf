import { useState } from 'react';
import { Link } from 'react-router';
import { useBackupReminderDue } from '../hooks/backup-hooks';
import { paths } from '../lib/paths';
import { NotificationBanner } from './notification-banner';
import { saveFile } from '../lib/save-file';
import { snoozeBackupReminder } from '../operations/backup-status';

/**
 * Shown on the audits list only, between pieces of work: never in the middle
 * of a form or a meeting.
 *
 * A gentle suggestion to download a backup, shown only after real work that
 * no backup holds (see isBackupReminderDue). "Remind me later" puts it away
 * for a few days; a backup puts it away until there is new work.
 */
export function BackupReminder() {
  const due = useBackupReminderDue();
  const [error, setError] = useState('');
  if (!due) return null;

  const download = async () => {
    try {
      setError('');
      // Loaded on demand: the checks a backup goes through are not needed until someone makes one.
      const { makeFullBackup } = await import('../operations/backup');
      const file = await makeFullBackup();
      saveFile(file.blob, file.fileName);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <NotificationBanner type="information" title="Back up your work" heading="You have made changes that are not in a backup yet.">
      <p className="govuk-body">
        Reflect keeps everything in this browser only. A backup file lets you get your self-evaluations back if the browser’s data is cleared
        or you move to another computer.
      </p>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button" onClick={() => void download()}>
          Download a backup
        </button>
        <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void snoozeBackupReminder().catch(() => undefined)}>
          Remind me later
        </button>
        <Link className="govuk-link" to={paths.settings()}>
          Settings and backup
        </Link>
      </div>
      <p className="govuk-error-message" role="alert">
        {error}
      </p>
    </NotificationBanner>
  );
}
