import { Link } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../lib/paths';
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
          <h2 className="govuk-heading-m">Toolkits</h2>
          <p className="govuk-body">
            See every toolkit on this device, install your council’s or trust’s own, or remove one that no self-evaluation uses:{' '}
            <Link className="govuk-link" to={paths.toolkits()}>
              Toolkits
            </Link>
            .
          </p>
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
