import { Link, useNavigate, useParams } from 'react-router';
import type { Audit } from '../../core/audit';
import { ErrorSummary } from '../../components/error-summary';
import { usePageTitle } from '../../components/use-page-title';
import { renameAudit } from '../../operations/audits';
import { useAudit } from '../../hooks/audit-hooks';
import { AuditDetailsFields, detailsErrorItems } from './audit-details-fields';
import { useAuditDetailsForm } from './use-audit-details-form';
import { AuditNotFound } from '../../components/audit-not-found';
import { paths } from '../../lib/paths';

export function RenameAuditPage() {
  usePageTitle('Rename self-evaluation');
  const { auditId = '' } = useParams();
  const audit = useAudit(auditId);
  if (audit === undefined) return <p className="govuk-body">Loading…</p>;
  if (audit === null) return <AuditNotFound />;
  return <RenameForm audit={audit} />;
}

function RenameForm({ audit }: { audit: Audit }) {
  const navigate = useNavigate();
  const { register, errors, isSubmitting, isSubmitted, onSubmit, saveError } = useAuditDetailsForm(
    { toolkitId: audit.toolkitId, school: audit.school, title: audit.title, date: audit.date, participants: audit.participants, scope: audit.scope ?? 'full' },
    async (values) => {
      await renameAudit(audit.id, values);
      await navigate(paths.home());
    },
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {isSubmitted && <ErrorSummary errors={detailsErrorItems(errors)} />}
        <ErrorSummary title="Your changes could not be saved" description={saveError} />
        <span className="govuk-caption-l">{audit.title}</span>
        <h1 className="govuk-heading-l">Rename or change details</h1>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <AuditDetailsFields register={register} errors={errors} showSchool participantsLabel="Who took part? (optional)" />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={isSubmitting}>
              Save changes
            </button>
            <Link className="govuk-link" to={paths.home()}>
              Cancel
            </Link>
          </div>
        </form>
      </div>
    </div>
  );
}
