import { Component, type ReactNode } from 'react';
import { paths } from '../lib/paths';

interface State {
  error: Error | null;
}

/** A last resort: explains the problem instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="govuk-error-summary" role="alert" tabIndex={-1}>
        <h1 className="govuk-error-summary__title">Sorry, something went wrong</h1>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{this.state.error.message}</p>
          <p className="govuk-body">
            Your saved work is safe in this browser. <a className="govuk-link" href={paths.home()}>Go back to your audits</a>.
          </p>
        </div>
      </div>
    );
  }
}
