import { Link } from 'react-router';

export function PlanMissing() {
  return (
    <>
      <h1 className="govuk-heading-l">Self-evaluation not found</h1>
      <p className="govuk-body">
        This self-evaluation is not stored in this browser. It may have been deleted, or made on another device.{' '}
        <Link className="govuk-link" to="/">
          Go to your self-evaluations
        </Link>
        .
      </p>
    </>
  );
}
