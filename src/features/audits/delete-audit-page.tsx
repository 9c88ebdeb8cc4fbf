import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { useAudit } from '../../hooks/audit-hooks';
import { DELETED_AUDITS_KEPT_DAYS } from '../../core/deleted-audits';
import { deleteAudit } from '../../operations/audits';
import { AuditNotFound } from '../../components/audit-not-found';
import { ErrorSummary } from '../../components/error-summary';
import { paths } from '../../lib/paths';
import type { HomeNotice } from './deleted-banner';

/** GOV.UK confirmation before a destructive action; the home page then offers undo. */
export function DeleteAuditPage() {
  usePageTitle('Delete self-evaluation');
  const { auditId = '' } = useParams();
  const audit = useAudit(auditId);
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (audit === undefined) return <p className="govuk-body">Loading…</p>;
  if (audit === null) return <AuditNotFound />;

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await deleteAudit(audit.id);
      await navigate(paths.home(), { state: { deletedAuditId: audit.id } satisfies HomeNotice });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
      setBusy(false);
    }
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary title="The self-evaluation could not be deleted" description={error} />
        <h1 className="govuk-heading-l">Are you sure you want to delete ‘{audit.title}’?</h1>
        <p className="govuk-body">
          This deletes its ratings, evidence notes, reflections and development plan from this device. You can undo it straight afterwards, or
          restore it from “Recently deleted” in Settings for {DELETED_AUDITS_KEPT_DAYS} days.
        </p>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--warning" disabled={busy} onClick={() => void remove()}>
            Yes, delete it
          </button>
          <Link className="govuk-link" to={paths.home()}>
            No, keep it
          </Link>
        </div>
      </div>
    </div>
  );
}
