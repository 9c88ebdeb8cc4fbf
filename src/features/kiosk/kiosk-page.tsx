/**
 * Kiosk mode: one of the toolkit's voice questionnaires answered on this
 * device, one person after another (a laptop at reception on parents'
 * evening). Anonymous: nothing asks who is answering. Each person's
 * answers are saved whole when they press "Send my answers"; the screen
 * then clears itself, and nothing of theirs is left for the next person to
 * see: the form is made anew, is never in history, and the browser is told
 * not to remember it. It fills the screen, with no way into the rest of the
 * app but the staff's "Finish collecting".
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { AuditNotFound } from '../../components/audit-not-found';
import { ErrorBoundary } from '../../components/error-boundary';
import { NotificationBanner } from '../../components/notification-banner';
import { usePageTitle } from '../../components/use-page-title';
import type { Audit } from '../../core/audit';
import type { Questionnaire } from '../../core/toolkit-schema';
import { useAudit, useAuditToolkit } from '../../hooks/audit-hooks';
import { paths } from '../../lib/paths';
import { FinishCollecting } from './finish-collecting';
import { KioskFinished } from './kiosk-finished';
import { KioskForm } from './kiosk-form';
import { useStayInKiosk } from './use-stay-in-kiosk';
import './kiosk.css';

/** Long enough to read; the next person's first answer clears it sooner. */
const THANKS_MS = 10_000;

export function KioskPage() {
  return (
    <div className="app-kiosk">
      <main className="app-kiosk__main" id="main-content" tabIndex={-1}>
        <ErrorBoundary>
          <KioskScreen />
        </ErrorBoundary>
      </main>
    </div>
  );
}

function KioskScreen() {
  const { auditId = '', questionnaireId = '' } = useParams();
  const audit = useAudit(auditId);
  const toolkit = useAuditToolkit(audit);
  const questionnaire = toolkit?.questionnaires?.find((candidate) => candidate.id === questionnaireId);
  usePageTitle(questionnaire?.title ?? 'Questionnaire');
  if (audit === null) return <AuditNotFound />;
  if (audit === undefined || toolkit === undefined) return <p className="govuk-body">Loading…</p>;
  if (!questionnaire || audit.invitation) {
    return (
      <>
        <h1 className="govuk-heading-l">{questionnaire ? 'Answers cannot be collected here' : 'Questionnaire not found'}</h1>
        <p className="govuk-body">
          {questionnaire
            ? 'This is your copy of a colleague’s self-evaluation. Collect answers on the self-evaluation of the person who invited you.'
            : 'This self-evaluation’s toolkit has no such questionnaire.'}
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.results(auditId)}>
            Back to the results
          </Link>
        </p>
      </>
    );
  }
  return <KioskSession audit={audit} questionnaire={questionnaire} />;
}

function KioskSession({ audit, questionnaire }: { audit: Audit; questionnaire: Questionnaire }) {
  // A new number for each person: their form is made anew, with field names no earlier form had.
  const [formKey, setFormKey] = useState(1);
  const [hasCollected, setHasCollected] = useState(false);
  const [isThanking, setIsThanking] = useState(false);
  const [isFinished, setIsFinished] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useStayInKiosk(hasCollected && !isFinished);

  // The router's page arrival lives in the site layout, which this page leaves out: start at the top, on the heading.
  useEffect(() => {
    window.scrollTo(0, 0);
    heading.current?.focus({ preventScroll: true });
  }, [isFinished]);

  useEffect(() => {
    if (!isThanking) return;
    const timer = window.setTimeout(() => {
      // If the thank-you had focus, it goes to the heading rather than nowhere.
      const hadFocus = document.activeElement?.closest('.app-kiosk__thanks');
      setIsThanking(false);
      if (hadFocus) heading.current?.focus({ preventScroll: true });
    }, THANKS_MS);
    return () => window.clearTimeout(timer);
  }, [isThanking, formKey]);

  if (isFinished) {
    return (
      <KioskFinished
        auditId={audit.id}
        questionnaire={questionnaire}
        onRestart={() => {
          setFormKey((key) => key + 1);
          setIsThanking(false);
          setIsFinished(false);
        }}
      />
    );
  }
  return (
    <>
      {isThanking && (
        <NotificationBanner
          type="success"
          title="Saved"
          heading="Thank you — your answers have been saved. The next person can start now."
          focusKey={formKey}
          className="app-kiosk__thanks"
        />
      )}
      <p className="app-kiosk__school">{audit.school}</p>
      <h1 className="govuk-heading-xl app-kiosk__title" ref={heading} tabIndex={-1}>
        {questionnaire.title}
      </h1>
      <p className="govuk-body-l">{questionnaire.introduction}</p>
      <p className="govuk-body-l">
        Choose the answer that fits best for each statement. You can leave out any you would rather not answer. Your answers are
        anonymous: nobody is asked your name.
      </p>
      <KioskForm
        key={formKey}
        auditId={audit.id}
        questionnaire={questionnaire}
        formKey={formKey}
        onStart={() => setIsThanking(false)}
        onSent={() => {
          setHasCollected(true);
          setFormKey((key) => key + 1);
          setIsThanking(true);
          window.scrollTo(0, 0);
        }}
      />
      <FinishCollecting onFinish={() => setIsFinished(true)} />
    </>
  );
}
