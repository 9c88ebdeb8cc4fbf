/**
 * What every meeting-mode view shares: the full-screen frame, an error
 * boundary, the results read live for the audit in the address (with its
 * comparison), and the not-found and loading states. Each view renders the
 * loaded data its own way.
 */
import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { useResultsData } from '../../hooks/results-hooks';
import { MeetingNotFound } from './meeting-not-found';

export type ResultsData = NonNullable<ReturnType<typeof useResultsData>>;

type Render = (data: ResultsData, compare: string | undefined) => ReactNode;

export function MeetingFrame({ render }: { render: Render }) {
  return (
    <div className="app-meeting">
      <ErrorBoundary>
        <Loaded render={render} />
      </ErrorBoundary>
    </div>
  );
}

function Loaded({ render }: { render: Render }) {
  const { auditId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const compare = searchParams.get('compare') ?? undefined;
  const data = useResultsData(auditId, compare);
  if (data === null) return <MeetingNotFound />;
  if (!data) return <p className="app-meeting__main">Loading…</p>;
  return render(data, compare);
}
