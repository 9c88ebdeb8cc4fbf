import { Link } from 'react-router';
import type { Audit } from '../../core/audit';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../lib/paths';

/** A rating page for someone this self-evaluation does not have (an old link, or a person added in another browser). */
export function PersonNotFound({ audit }: { audit: Audit }) {
  usePageTitle('Person not found');
  return (
    <>
      <h1 className="govuk-heading-l">Person not found</h1>
      <p className="govuk-body">
        Nobody with this link is on the team for {audit.title}.{' '}
        <Link className="govuk-link" to={paths.team(audit.id)} replace>
          Go to the team page
        </Link>{' '}
        to see who is.
      </p>
    </>
  );
}
