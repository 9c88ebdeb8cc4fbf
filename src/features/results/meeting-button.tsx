import { Link, useNavigate } from 'react-router';
import { useAudit } from '../../hooks/audit-hooks';
import { paths } from '../../lib/paths';

/** Full screen must be asked for in the click itself; meeting mode fills the window anyway if the browser refuses. */
const askForFullScreen = () => document.documentElement.requestFullscreen?.().catch(() => undefined);

/** Opens meeting mode with the same comparison, full screen where the browser allows it; for a team, or straight to agreeing the ratings. */
export function MeetingButton({ auditId, compare }: { auditId: string; compare: string | undefined }) {
  const navigate = useNavigate();
  const isTeam = Boolean(useAudit(auditId)?.team);
  const startMeeting = () => {
    void askForFullScreen();
    void navigate(paths.meeting(auditId, { compare }));
  };
  return (
    <div className="app-button-row app-no-print">
      <button type="button" className="govuk-button" onClick={startMeeting}>
        Start meeting mode
      </button>
      {isTeam && (
        <Link className="govuk-button govuk-button--secondary" to={paths.meetingAgree(auditId, { compare })} onClick={() => void askForFullScreen()}>
          Agree the ratings
        </Link>
      )}
      <p className="govuk-body">A large, high-contrast view for a projector, one section at a time{isTeam && ', or one statement at a time to agree its rating'}.</p>
    </div>
  );
}
