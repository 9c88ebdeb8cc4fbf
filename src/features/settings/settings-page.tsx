import { usePageTitle } from '../../components/use-page-title';
import { BackupSection } from './backup-section';
import { MovingComputerSection } from './moving-computer-section';
import { RecentlyDeletedSection } from './recently-deleted-section';
import { RestoreSection } from './restore-section';
import { StorageSection } from './storage-section';

export function SettingsPage() {
  usePageTitle('Settings and backup');
  return (
    <>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-xl">Settings and backup</h1>
          <p className="govuk-body-l">
            Reflect keeps your self-evaluations only in this browser, on this device. Download a backup now and then, so that you can get them back
            if the browser’s data is cleared or you move to another computer.
          </p>
          <StorageSection />
          <BackupSection />
          <MovingComputerSection />
        </div>
      </div>
      {/* Full width: the file's contents are shown in wide tables. */}
      <RestoreSection />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <RecentlyDeletedSection />
        </div>
      </div>
    </>
  );
}
