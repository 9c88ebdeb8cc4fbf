import { Link } from 'react-router';
import { CARRIED_FROM, type CarriedFromLine } from '../../core/carry-forward';
import { paths } from '../../lib/paths';

/** "Carried forward from <earlier self-evaluation>", linking to that plan; plain words once it has been deleted. */
export function CarriedFromNote({ line }: { line: CarriedFromLine }) {
  return (
    <p className="govuk-body-s app-plan-secondary">
      {line.auditId === null ? (
        line.text
      ) : (
        <>
          {CARRIED_FROM}{' '}
          <Link className="govuk-link" to={paths.plan(line.auditId)}>
            {line.title || 'an earlier self-evaluation'}
            <span className="govuk-visually-hidden"> (its development plan)</span>
          </Link>
        </>
      )}
    </p>
  );
}
