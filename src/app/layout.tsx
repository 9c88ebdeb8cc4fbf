import { Suspense } from 'react';
import { Link, NavLink, Outlet } from 'react-router';
import { ErrorBoundary } from '../components/error-boundary';
import { routes } from '../lib/routes';
import { OfflineIndicator } from './offline-indicator';
import { UpdatePrompt } from './update-prompt';
import { usePageArrival } from './use-page-arrival';

/** While a screen's code arrives. */
export function Loading() {
  return <p className="govuk-body">Loading…</p>;
}

export function Layout() {
  usePageArrival();
  return (
    <>
      <a href="#main-content" className="govuk-skip-link">
        Skip to main content
      </a>
      <header className="app-header">
        <div className="govuk-width-container app-header__container">
          <Link to={routes.home} className="app-header__name">
            Reflect
          </Link>
          <p className="govuk-body-s app-header__tagline">School self-evaluation. Your data stays on this device.</p>
          <OfflineIndicator />
          {/* In the header, not only the footer: a backup, and moving to a new computer, start here. */}
          <nav className="app-header__nav" aria-label="Site">
            {/* NavLink marks it aria-current="page" on the settings page itself. */}
            <NavLink to={routes.settings} className="app-header__link">
              Settings and backup
            </NavLink>
          </nav>
        </div>
      </header>
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper app-main" id="main-content" tabIndex={-1}>
          <ErrorBoundary>
            {/* Screens load on demand; the header and footer stay while they do. */}
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </main>
      </div>
      <footer className="app-footer">
        <div className="govuk-width-container">
          <p className="govuk-body-s">
            Reflect keeps everything in this browser on this device. Nothing is sent anywhere.
          </p>
          {/* The council's side is its own part of the app, so that schools' shared summaries never mix with a device's own work.
              Here, not on the home page under the list: that list grows once the device's data arrives, and would push it about. */}
          <p className="govuk-body-s">
            For a council or trust: the{' '}
            <Link className="govuk-link" to={routes.localAuthority}>
              local authority view
            </Link>{' '}
            gathers the summaries schools share with you, shows what is working across the borough and makes a showcase booklet.
          </p>
          <p className="govuk-body-s govuk-!-margin-bottom-0">Version {__APP_VERSION__}</p>
        </div>
      </footer>
      <UpdatePrompt />
    </>
  );
}
