import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import type { Audit } from '../../core/audit';
import { DELETED_AUDITS_KEPT_DAYS } from '../../core/deleted-audits';
import { useDeletedAudits } from '../../hooks/deleted-audit-hooks';
import { formatDateTime } from '../../core/format-date';
import { paths } from '../../lib/paths';
import { purgeExpiredDeletedAudits, restoreDeletedAudit } from '../../operations/audits';

/**
 * Deleted self-evaluations, kept with everything they own until they are
 * purged; each can be restored exactly as it was. Opening the page purges
 * the ones kept long enough.
 */
export function RecentlyDeletedSection() {
  const deleted = useDeletedAudits();
  const [restored, setRestored] = useState<Audit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void purgeExpiredDeletedAudits();
  }, []);

  const restore = async (auditId: string, title: string) => {
    setBusy(true);
    setError(null);
    try {
      setRestored(await restoreDeletedAudit(auditId));
    } catch (failure) {
      setError(`‘${title}’ could not be restored. ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="recently-deleted-heading">
      <h2 className="govuk-heading-m" id="recently-deleted-heading">
        Recently deleted
      </h2>
      {/* The restored row (and its button, which had focus) is gone: the outcome takes focus instead. */}
      {restored && (
        <NotificationBanner type="success" title="Success" heading={`You restored ‘${restored.title}’.`} focusKey={restored}>
          <p className="govuk-body">
            <Link className="govuk-notification-banner__link" to={paths.home()}>
              Go to your self-evaluations
            </Link>
          </p>
        </NotificationBanner>
      )}
      {error && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <p className="govuk-body">
        A deleted self-evaluation is kept here for {DELETED_AUDITS_KEPT_DAYS} days, with its ratings, notes, reflections and development plan, and
        can be restored exactly as it was. After that it is removed for good. Backups leave deleted self-evaluations out.
      </p>
      {deleted === undefined ? (
        <p className="govuk-body">Checking for deleted self-evaluations…</p>
      ) : deleted.length === 0 ? (
        <p className="govuk-body">Nothing has been deleted in the last {DELETED_AUDITS_KEPT_DAYS} days.</p>
      ) : (
        <div className="app-table-box">
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-table__caption--s">Deleted self-evaluations</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">Title</th>
                <th scope="col" className="govuk-table__header">School</th>
                <th scope="col" className="govuk-table__header">Deleted</th>
                <td className="govuk-table__header" />
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {deleted.map((audit) => (
                <tr className="govuk-table__row" key={audit.id}>
                  <th scope="row" className="govuk-table__header">{audit.title}</th>
                  <td className="govuk-table__cell">{audit.school}</td>
                  <td className="govuk-table__cell">{formatDateTime(audit.deletedAt!)}</td>
                  <td className="govuk-table__cell">
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                      disabled={busy}
                      aria-disabled={busy}
                      onClick={() => void restore(audit.id, audit.title)}
                    >
                      Restore<span className="govuk-visually-hidden"> {audit.title}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
