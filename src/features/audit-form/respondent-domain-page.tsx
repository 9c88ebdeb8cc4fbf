import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../lib/paths';
import { DomainForm } from './domain-form';
import { RespondentPages } from './respondent-pages';
import type { ReadyRespondent } from './use-respondent-data';

/** One section, rated by someone in turn on the lead's device: the lead's section form, with their own answers and nothing else. */
export function RespondentDomainPage() {
  const { auditId = '', respondentId = '', domainId = '' } = useParams();
  return <RespondentPages auditId={auditId} respondentId={respondentId} render={(data) => <RespondentDomain data={data} domainId={domainId} />} />;
}

/** The lead's reflections are not theirs to see or write. */
const NO_REFLECTIONS = {};

function RespondentDomain({ data, domainId }: { data: ReadyRespondent; domainId: string }) {
  const { audit, toolkit, respondent, rater, answers } = data;
  const domain = toolkit.domains.find((candidate) => candidate.id === domainId);
  usePageTitle(domain?.title ?? 'Section not found');
  if (!domain) {
    const first = toolkit.domains[0];
    return (
      <>
        <h1 className="govuk-heading-l">Section not found</h1>
        <p className="govuk-body">
          This toolkit has no section called “{domainId}”.{' '}
          {first && (
            <Link className="govuk-link" to={paths.respondentDomain(audit.id, respondent.id, first.id)} replace>
              Go to the first section
            </Link>
          )}
        </p>
      </>
    );
  }
  // Keyed by person and section, so that each starts from what they have stored, and never from the last person's form.
  return <DomainForm key={`${respondent.id}/${domain.id}`} audit={audit} toolkit={toolkit} domain={domain} answers={answers} reflections={NO_REFLECTIONS} rater={rater} />;
}
