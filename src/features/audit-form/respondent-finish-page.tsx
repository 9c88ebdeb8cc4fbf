import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { auditProgress, findResumeDomain } from '../../core/progress';
import { usePageTitle } from '../../components/use-page-title';
import { ErrorSummary } from '../../components/error-summary';
import { paths } from '../../lib/paths';
import { finishRating } from '../../operations/team';
import { RaterHeader } from './rater-header';
import { RespondentPages } from './respondent-pages';
import type { ReadyRespondent } from './use-respondent-data';

/**
 * The end of one person's turn: they say they have finished, and are told to
 * pass the laptop back. From then on their ratings are off every screen
 * until the lead reveals them (or lets them change them).
 */
export function RespondentFinishPage() {
  const { auditId = '', respondentId = '' } = useParams();
  return (
    <RespondentPages
      auditId={auditId}
      respondentId={respondentId}
      render={(data) => <Finish data={data} />}
      // Pressing "I have finished" turns this page into their thanks, rather than the notice their other pages give.
      renderFinished={(data) => <ThankYou auditId={auditId} name={data.respondent.name} leadName={data.leadName} />}
    />
  );
}

function Finish({ data }: { data: ReadyRespondent }) {
  const { audit, toolkit, respondent, groupTitle, answers, leadName } = data;
  usePageTitle('Finish rating');
  const [failure, setFailure] = useState<string | null>(null);
  const progress = auditProgress(toolkit, answers);
  const last = toolkit.domains.at(-1);
  const unrated = findResumeDomain(toolkit, answers);
  const left = progress.total - progress.answered;
  const finish = () => void finishRating(audit.id, respondent.id).catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));

  return (
    <>
      <RaterHeader name={respondent.name} groupTitle={groupTitle} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <ErrorSummary description={failure} />
          <span className="govuk-caption-l">
            {audit.school}: {audit.title}
          </span>
          <h1 className="govuk-heading-l">Finish rating</h1>
          <p className="govuk-body">
            You have rated {progress.answered} of {progress.total} statements.
            {left > 0 && ' Statements you leave unrated do not count towards the team’s ratings.'}
          </p>
          {left > 0 && unrated && (
            <p className="govuk-body">
              <Link className="govuk-link" to={paths.respondentDomain(audit.id, respondent.id, unrated.id)} replace>
                Rate more statements
              </Link>
            </p>
          )}
          <div className="govuk-inset-text">
            Once you have finished, your ratings are saved and hidden: nobody can see them on this laptop, you included, until {leadName} reveals them.
          </div>
          <div className="app-button-row">
            <button type="button" className="govuk-button" onClick={finish}>
              I have finished
            </button>
            {last && (
              <Link className="govuk-button govuk-button--secondary" to={paths.respondentDomain(audit.id, respondent.id, last.id)} replace>
                Back to your ratings
              </Link>
            )}
          </div>
        </div>
      </div>
    </>
  );
}

function ThankYou({ auditId, name, leadName }: { auditId: string; name: string; leadName: string }) {
  usePageTitle('Thank you');
  const heading = useRef<HTMLHeadingElement>(null);
  // The page changed under the button just pressed: say so to a screen reader, from the top.
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <div className="govuk-panel govuk-panel--confirmation">
          <h1 className="govuk-panel__title" ref={heading} tabIndex={-1}>
            Thank you, {name}
          </h1>
          <div className="govuk-panel__body">Your ratings are saved and hidden until {leadName} reveals them.</div>
        </div>
        <p className="govuk-body-l govuk-!-margin-top-6">Pass the laptop back to {leadName}.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.team(auditId)} replace>
            Back to the team page
          </Link>
        </p>
      </div>
    </div>
  );
}
