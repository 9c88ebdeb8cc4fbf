import { Link } from 'react-router';
import { paths, settingsAnchors } from '../../lib/paths';

/** The steps for taking every self-evaluation to another computer: Reflect has no account, so a backup file is the way. */
export function MovingComputerSection() {
  return (
    <section aria-labelledby={settingsAnchors.movingComputer}>
      <h2 className="govuk-heading-m" id={settingsAnchors.movingComputer}>
        Moving to a new computer
      </h2>
      <p className="govuk-body">Your self-evaluations are kept on this computer only. To take them with you:</p>
      <ol className="govuk-list govuk-list--number govuk-!-margin-bottom-8">
        <li>
          On this computer, choose <strong>Download a backup of everything</strong> (above).
        </li>
        <li>Copy the backup file to the new computer, for example on a USB stick or through your school’s shared drive.</li>
        <li>On the new computer, open Reflect and go to Settings and backup.</li>
        <li>
          Under{' '}
          <Link className="govuk-link" to={paths.settings({ hash: settingsAnchors.restore })}>
            Restore from a backup
          </Link>
          , choose the file and then <strong>Restore from this file</strong>.
        </li>
      </ol>
    </section>
  );
}
