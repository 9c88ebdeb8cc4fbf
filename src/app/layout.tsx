import { Link, Outlet } from 'react-router';
import { BackupReminder } from '../components/backup-reminder';
import { ErrorBoundary } from '../components/error-boundary';
import { UpdatePrompt } from './update-prompt';

export function Layout() {
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="govuk-width-container app-header__container">
          <Link to="/" className="app-header__name">
            Reflect
          </Link>
          <p className="govuk-body-s app-header__tagline">School self-evaluation. Your data stays on this device.</p>
        </div>
      </header>
      <div className="govuk-width-container">
        <UpdatePrompt />
        <BackupReminder />
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          <ErrorBoundary>
            <Outlet />
          </ErrorBoundary>
        </main>
      </div>
      <footer className="app-footer">
        <div className="govuk-width-container">
          <p className="govuk-body-s">
            Reflect keeps everything in this browser on this device. Nothing is sent anywhere.
          </p>
          <p className="govuk-body-s"><Link className="govuk-link" to="/settings">Settings and backup</Link></p>
        </div>
      </footer>
    </>
  );
}
