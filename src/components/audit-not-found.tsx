import { Link } from 'react-router';
import { paths } from '../lib/paths';
import { usePageTitle } from './use-page-title';

/** What every screen of an audit shows when the audit is not in this browser. */
export function AuditNotFound() {
  usePageTitle('Self-evaluation not found');
  return (
    <>
      <h1 className="govuk-heading-l">Self-evaluation not found</h1>
      <p className="govuk-body">
        This self-evaluation is not stored in this browser. It may have been deleted (perhaps in another tab), or made on another
        device.{' '}
        <Link className="govuk-link" to={paths.home()}>
          Go to your self-evaluations
        </Link>
        .
      </p>
    </>
  );
}
