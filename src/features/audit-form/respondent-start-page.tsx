import { Link, useParams } from 'react-router';
import { auditProgress, findResumeDomain } from '../../core/progress';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../lib/paths';
import { RespondentPages } from './respondent-pages';
import type { ReadyRespondent } from './use-respondent-data';

/**
 * The handover: the lead passes the laptop to one person, who rates on their
 * own. Their pages replace one another in the history (see DomainForm), so
 * Back from any of them returns to the team page, never to someone else's.
 */
export function RespondentStartPage() {
  const { auditId = '', respondentId = '' } = useParams();
  return <RespondentPages auditId={auditId} respondentId={respondentId} render={(data) => <PassTheLaptop data={data} />} />;
}

function PassTheLaptop({ data }: { data: ReadyRespondent }) {
  const { audit, toolkit, respondent, groupTitle, answers, leadName } = data;
  usePageTitle(`Pass the laptop to ${respondent.name}`);
  const progress = auditProgress(toolkit, answers);
  const first = findResumeDomain(toolkit, answers);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">
          {audit.school}: {audit.title}
        </span>
        <h1 className="govuk-heading-l">Pass the laptop to {respondent.name}</h1>
        <p className="govuk-body-l">
          {respondent.name} ({groupTitle}) rates the statements on their own.
        </p>
        <p className="govuk-body">
          You see only your own ratings, never anyone else’s. When you have finished, your ratings are hidden from whoever uses this laptop next, until {leadName}{' '}
          reveals everyone’s ratings together.
        </p>
        {progress.answered > 0 && (
          <p className="govuk-body">
            You have rated {progress.answered} of {progress.total} statements so far.
          </p>
        )}
        {first && (
          <Link className="govuk-button govuk-button--start" to={paths.respondentDomain(audit.id, respondent.id, first.id)} replace>
            Start rating
          </Link>
        )}
        <p className="govuk-body">
          Not {respondent.name}?{' '}
          <Link className="govuk-link" to={paths.team(audit.id)} replace>
            Go back to the team page
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
