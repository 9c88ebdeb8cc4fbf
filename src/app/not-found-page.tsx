import { Link } from 'react-router';
import { usePageTitle } from '../components/use-page-title';
import { paths } from '../lib/paths';

export function NotFoundPage() {
  usePageTitle('Page not found');
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">
        If you typed the address, check it is correct. <Link className="govuk-link" to={paths.home()}>Go to your audits</Link>.
      </p>
    </>
  );
}
