import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AuditNotFound } from '../../components/audit-not-found';
import { EvaluationNav } from '../../components/evaluation-nav';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../components/use-page-title';
import { respondentGroupsOf } from '../../core/team';
import { useTeamPage } from '../../hooks/team-hooks';
import { paths } from '../../lib/paths';
import { undoRemoveRespondent } from '../../operations/team';
import { AddRespondentForm } from './add-respondent-form';
import { ImportResponses } from './import-responses';
import { RespondentTable } from './respondent-table';
import { RevealRatings } from './reveal-ratings';
import { TeamSettingsForm } from './team-settings-form';
import './team.css';

interface Removed {
  id: string;
  name: string;
}

/** The lead's page for a team self-evaluation: how results are shown, who is asked, invitations out and responses in, turns on this device. */
export function TeamPage() {
  usePageTitle('Ask your team');
  const { auditId = '' } = useParams();
  const data = useTeamPage(auditId);
  const [removed, setRemoved] = useState<Removed | null>(null);
  if (data === null) return <AuditNotFound />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  const { audit } = data;
  if (audit.invitation) {
    return (
      <>
        <EvaluationNav auditId={audit.id} current="team" />
        <h1 className="govuk-heading-l">Ask your team</h1>
        <p className="govuk-body">
          This is your own copy of {audit.school}’s self-evaluation, so you cannot invite others to it.{' '}
          <Link className="govuk-link" to={paths.response(audit.id)}>
            Send your ratings back
          </Link>
          .
        </p>
      </>
    );
  }
  const groups = respondentGroupsOf(data.toolkit);
  const onOwnDevice = data.respondents.filter((respondent) => respondent.removedAt === null && respondent.takesPart === 'own-device');
  return (
    <>
      <EvaluationNav auditId={audit.id} current="team" />
      {removed && (
        <NotificationBanner type="success" title="Removed" heading={`${removed.name} was removed. Their answers no longer count.`} focusKey={removed}>
          <button
            type="button"
            className="govuk-button govuk-!-margin-bottom-0"
            onClick={() => void undoRemoveRespondent(audit.id, removed.id).then(() => setRemoved(null))}
          >
            Undo
          </button>
        </NotificationBanner>
      )}
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">Ask your team</h1>
      <p className="govuk-body-l">
        Each person rates on their own, so that you can see where the team agrees and where it does not. Then you agree each rating together in meeting mode.
      </p>
      <TeamSettingsForm audit={audit} groups={groups} leadRated={data.leadRated} />
      {audit.team && (
        <>
          <h2 className="govuk-heading-m">People asked to rate</h2>
          <RespondentTable data={data} onRemoved={setRemoved} />
          <RevealRatings auditId={audit.id} respondents={data.respondents} />
          <AddRespondentForm auditId={audit.id} groups={groups} />
          {onOwnDevice.length > 0 && <ImportResponses auditId={audit.id} />}
          <h2 className="govuk-heading-m">When the responses are in</h2>
          <p className="govuk-body">
            <Link className="govuk-link" to={paths.results(audit.id)}>
              See how the team rated
            </Link>{' '}
            on the results page, then agree each rating together in{' '}
            <Link className="govuk-link" to={paths.meeting(audit.id)}>
              meeting mode
            </Link>
            .
          </p>
        </>
      )}
    </>
  );
}
