import { Link } from 'react-router';

export function AuditNotFound() {
  return (
    <>
      <h1 className="govuk-heading-l">Self-evaluation not found</h1>
      <p className="govuk-body">
        It may have been deleted, perhaps in another tab.{' '}
        <Link className="govuk-link" to="/">
          Go to your self-evaluations
        </Link>
        .
      </p>
    </>
  );
}
