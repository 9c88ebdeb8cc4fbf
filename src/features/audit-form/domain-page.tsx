import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { AuditNotFound } from '../../components/audit-not-found';
import { paths } from '../../lib/paths';
import { DomainForm } from './domain-form';
import { LEAD } from './rater';
import { useAuditData } from './use-audit-data';

export function DomainPage() {
  const { auditId = '', domainId = '' } = useParams();
  const data = useAuditData(auditId);
  const domain = data.state === 'ready' ? data.toolkit.domains.find((candidate) => candidate.id === domainId) : undefined;
  usePageTitle(domain?.title ?? 'Self-evaluation');

  if (data.state === 'loading') return <p className="govuk-body">Loading…</p>;
  if (data.state === 'missing') return <AuditNotFound />;
  if (!domain) {
    return (
      <>
        <h1 className="govuk-heading-l">Section not found</h1>
        <p className="govuk-body">
          This toolkit has no section called “{domainId}”.{' '}
          <Link className="govuk-link" to={paths.audit(auditId)}>
            Go to the first section
          </Link>
          .
        </p>
      </>
    );
  }
  // Keyed by domain so that each domain's form starts from its stored answers.
  return <DomainForm key={domain.id} audit={data.audit} toolkit={data.toolkit} domain={domain} answers={data.answers} reflections={data.reflections} rater={LEAD} />;
}
