import { Link } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { paths } from '../../lib/paths';
import type { ImportCounts } from '../../operations/backup';
import { describeCounts } from './describe-counts';

/** Takes focus (a success banner) so the outcome is the first thing read. */
export function RestoredBanner({ counts }: { counts: ImportCounts }) {
  return (
    <NotificationBanner
      type="success"
      title="Success"
      heading={`Restored ${describeCounts(counts)}${counts.replaced > 0 ? `, replacing ${counts.replaced} on this device` : ''}.`}
    >
      <p className="govuk-body">
        <Link className="govuk-notification-banner__link" to={paths.home()}>
          Go to your self-evaluations
        </Link>
      </p>
    </NotificationBanner>
  );
}
