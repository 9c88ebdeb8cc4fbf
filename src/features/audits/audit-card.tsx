import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../core/format-date';
import { scopeName } from '../../core/review-scope';
import { paths } from '../../lib/paths';
import type { AuditSummary } from '../../operations/audits';

interface AuditCardProps {
  summary: AuditSummary;
  /** The title of the audit this one was started from, when it still exists. */
  basedOnTitle: string | undefined;
}

/** One audit on the home page, as a GOV.UK summary card with its actions. */
export function AuditCard({ summary: { audit, toolkitTitle, progress }, basedOnTitle }: AuditCardProps) {
  const titleId = `audit-${audit.id}-title`;
  const isComplete = audit.status === 'complete';
  return (
    <section className="govuk-summary-card" aria-labelledby={titleId}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={titleId}>
          <Link className="govuk-link" to={paths.audit(audit.id)}>
            {audit.title}
          </Link>
        </h3>
        <ul className="govuk-summary-card__actions">
          <li className="govuk-summary-card__action">
            <Link className="govuk-link" to={paths.rename(audit.id)}>
              Rename<span className="govuk-visually-hidden"> {audit.title}</span>
            </Link>
          </li>
          <li className="govuk-summary-card__action">
            <Link className="govuk-link" to={paths.nextReview(audit.id)}>
              Start the next self-evaluation<span className="govuk-visually-hidden"> from {audit.title}</span>
            </Link>
          </li>
          <li className="govuk-summary-card__action">
            <Link className="govuk-link" to={paths.delete(audit.id)}>
              Delete<span className="govuk-visually-hidden"> {audit.title}</span>
            </Link>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        <dl className="govuk-summary-list">
          <Row label="Progress">
            <strong className={`govuk-tag ${isComplete ? 'govuk-tag--green' : 'govuk-tag--blue'} govuk-!-margin-right-2`}>
              {isComplete ? 'Complete' : 'In progress'}
            </strong>
            {progress.answered} of {progress.total} statements answered
          </Row>
          {audit.invitation && (
            <Row label="Your part">
              Rating as {audit.invitation.respondentName} ({audit.invitation.groupTitle}) for a colleague’s team self-evaluation
            </Row>
          )}
          <Row label="Review">{audit.scope === 'quick' ? `${scopeName(audit.scope)}: core statements only` : scopeName(audit.scope)}</Row>
          <Row label="School">{audit.school}</Row>
          <Row label="Toolkit">{toolkitTitle}</Row>
          <Row label="Date">{formatDate(audit.date)}</Row>
          <Row label="Last edited">{formatDateTime(audit.updatedAt)}</Row>
          {audit.basedOnAuditId && (
            <Row label="Started from">
              {basedOnTitle ? (
                <Link className="govuk-link" to={paths.results(audit.basedOnAuditId)}>
                  {basedOnTitle}
                </Link>
              ) : (
                'An earlier self-evaluation that has since been deleted'
              )}
            </Row>
          )}
        </dl>
        {/* Straight to the parts a finished self-evaluation is opened for; the title goes on with the rating. */}
        {audit.invitation ? (
          <ul className="govuk-list app-card-links">
            <li>
              <Link className="govuk-link" to={paths.response(audit.id)}>
                Send your ratings back<span className="govuk-visually-hidden"> for {audit.title}</span>
              </Link>
            </li>
          </ul>
        ) : (
          <ul className="govuk-list app-card-links">
            <li>
              <Link className="govuk-link" to={paths.results(audit.id)}>
                Results<span className="govuk-visually-hidden"> of {audit.title}</span>
              </Link>
            </li>
            <li>
              <Link className="govuk-link" to={paths.plan(audit.id)}>
                Development plan<span className="govuk-visually-hidden"> for {audit.title}</span>
              </Link>
            </li>
          </ul>
        )}
      </div>
    </section>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{children}</dd>
    </div>
  );
}
