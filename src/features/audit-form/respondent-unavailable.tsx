import { Link } from 'react-router';
import type { Audit } from '../../core/audit';
import type { Respondent } from '../../core/team';
import { usePageTitle } from '../../components/use-page-title';
import { paths } from '../../lib/paths';
import type { Unavailable } from './use-respondent-data';

const HEADINGS: Record<Unavailable, (name: string) => string> = {
  finished: (name) => `${name} has finished rating`,
  removed: (name) => `${name} was removed`,
  'own-device': (name) => `${name} rates on their own laptop`,
};

/**
 * What a person's rating pages show when they cannot rate here now. Once
 * they have finished, nothing of their ratings is on screen: the next person
 * to use the laptop may open these pages with Back.
 */
export function RespondentUnavailable({ why, audit, respondent, leadName }: { why: Unavailable; audit: Audit; respondent: Respondent; leadName: string }) {
  const heading = HEADINGS[why](respondent.name);
  usePageTitle(heading);
  const team = (
    <Link className="govuk-link" to={paths.team(audit.id)} replace>
      Go to the team page
    </Link>
  );
  return (
    <>
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">{heading}</h1>
      {why === 'finished' && (
        <>
          <p className="govuk-body">
            Their ratings are saved and hidden until {leadName} reveals them. Pass the laptop back to {leadName}.
          </p>
          <p className="govuk-body">
            {team}, where {leadName} can reveal the ratings, or let {respondent.name} change theirs.
          </p>
        </>
      )}
      {why === 'removed' && <p className="govuk-body">Their ratings are kept but do not count. {team} to put them back.</p>}
      {why === 'own-device' && <p className="govuk-body">They rate from the invitation file you send them, not on this device. {team} to download it.</p>}
    </>
  );
}
