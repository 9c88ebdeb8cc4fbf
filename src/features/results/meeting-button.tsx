import { useNavigate } from 'react-router';
import { paths } from '../../lib/paths';

/** Opens meeting mode with the same comparison, full screen where the browser allows it. */
export function MeetingButton({ auditId, compare }: { auditId: string; compare: string | undefined }) {
  const navigate = useNavigate();
  const startMeeting = () => {
    // Full screen must be asked for in the click itself; meeting mode fills the window anyway if the browser refuses.
    document.documentElement.requestFullscreen?.().catch(() => undefined);
    void navigate(paths.meeting(auditId, { compare }));
  };
  return (
    <div className="app-button-row app-no-print">
      <button type="button" className="govuk-button" onClick={startMeeting}>
        Start meeting mode
      </button>
      <p className="govuk-body">A large, high-contrast view for a projector, one section at a time.</p>
    </div>
  );
}
