import { Component, type ReactNode } from 'react';
import { isCodeLoadFailure } from '../lib/code-load-failure';
import { routes } from '../lib/routes';

interface State {
  error: Error | null;
}

interface Props {
  children: ReactNode;
  /** Outside the layout (the full-screen views), the message is the page's main content. */
  isPage?: boolean;
}

/** A last resort: explains the problem instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    if (!this.props.isPage) return this.message(this.state.error);
    return (
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {this.message(this.state.error)}
        </main>
      </div>
    );
  }

  private message(error: Error) {
    // Code that did not arrive needs a reload, not a way home: the next page would fail alike.
    const isCode = isCodeLoadFailure(error);
    return (
      <div className="govuk-error-summary" role="alert" tabIndex={-1}>
        <h1 className="govuk-error-summary__title">{isCode ? 'This page could not load' : 'Sorry, something went wrong'}</h1>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{isCode ? 'Reflect could not fetch this page’s code. Check the connection, then reload the page.' : error.message}</p>
          <p className="govuk-body">
            Your saved work is safe in this browser.{' '}
            {!isCode && (
              <>
                <a className="govuk-link" href={routes.home}>
                  Go back to your audits
                </a>
                .
              </>
            )}
          </p>
          {isCode && (
            <button type="button" className="govuk-button govuk-!-margin-bottom-0" onClick={() => window.location.reload()}>
              Reload the page
            </button>
          )}
        </div>
      </div>
    );
  }
}
