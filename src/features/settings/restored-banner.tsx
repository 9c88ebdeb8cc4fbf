import { Link } from 'react-router';
import type { ImportCounts } from '../../operations/backup';
import { describeCounts } from './describe-counts';
import { useFocusOnMount } from './use-focus-on-mount';

/** GOV.UK success banner: takes focus so the outcome is the first thing read. */
export function RestoredBanner({ counts }: { counts: ImportCounts }) {
  const banner = useFocusOnMount<HTMLDivElement>();
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="restore-done-title" tabIndex={-1} ref={banner}>
      <div className="govuk-notification-banner__header">
        <h3 className="govuk-notification-banner__title" id="restore-done-title">
          Success
        </h3>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">
          Restored {describeCounts(counts)}
          {counts.replaced > 0 ? `, replacing ${counts.replaced} on this device` : ''}.
        </p>
        <p className="govuk-body">
          <Link className="govuk-notification-banner__link" to="/">
            Go to your self-evaluations
          </Link>
        </p>
      </div>
    </div>
  );
}
