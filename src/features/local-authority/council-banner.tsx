import { Link } from 'react-router';
import { paths } from '../../lib/paths';

/**
 * On every page of the local-authority view: a plain reminder that these are
 * schools' shared summaries, not this device's own self-evaluations, and the
 * way back to those.
 */
export function CouncilBanner() {
  return (
    <div className="app-council-banner" role="region" aria-label="Local authority view">
      <p className="govuk-body-s govuk-!-margin-bottom-0">
        <strong className="govuk-tag govuk-tag--purple app-council-banner__tag">Local authority view</strong> Summaries schools shared with you, kept
        apart from self-evaluations made on this device.{' '}
        <Link className="govuk-link" to={paths.home()}>
          Your own self-evaluations
        </Link>
      </p>
    </div>
  );
}
