import { useState } from 'react';
import { Link } from 'react-router';
import { useBackupReminderDue } from '../hooks/backup-hooks';
import { paths } from '../lib/paths';
import { NotificationBanner } from './notification-banner';
import { saveFile } from '../lib/save-file';
import { snoozeBackupReminder } from '../operations/backup-status';

/**
 * Shown on the audits list only, between pieces of work: never in the middle
 * of a form or a meeting. It sits below the page's heading and start button,
 * and is kept small, so that the self-evaluations still show on the first
 * screen of a laptop.
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

  // Compact, so that the self-evaluations below it stay on the first screen.
  return (
    <NotificationBanner type="information" title="Back up your work" className="app-backup-reminder">
      <p className="govuk-body govuk-!-margin-bottom-2">
        You have made changes that are not in a backup yet. A backup file gets your self-evaluations back if this browser’s data is cleared or
        you move to another computer.
      </p>
      <div className="app-backup-reminder__actions">
        <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={() => void download()}>
          Download a backup
        </button>
        <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={() => void snoozeBackupReminder().catch(() => undefined)}>
          Remind me later
        </button>
        <Link className="govuk-link" to={paths.settings()}>
          Settings and backup
        </Link>
      </div>
      <p className="govuk-error-message govuk-!-margin-bottom-0" role="alert">
        {error}
      </p>
    </NotificationBanner>
  );
}
