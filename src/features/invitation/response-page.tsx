import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AuditNotFound } from '../../components/audit-not-found';
import { EvaluationNav } from '../../components/evaluation-nav';
import { usePageTitle } from '../../components/use-page-title';
import { auditProgress } from '../../core/progress';
import { useAnswers, useAudit, useAuditToolkit } from '../../hooks/audit-hooks';
import { paths } from '../../lib/paths';
import { saveFile } from '../../lib/save-file';
import { makeResponse } from '../../operations/team';
import { saveEditsNow } from '../../operations/answers';

/** On a colleague's laptop: their ratings as one file, to send back to the lead. */
export function ResponsePage() {
  usePageTitle('Send your ratings back');
  const { auditId = '' } = useParams();
  const audit = useAudit(auditId);
  const toolkit = useAuditToolkit(audit);
  const answers = useAnswers(auditId);
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  if (audit === null || toolkit === null) return <AuditNotFound />;
  if (!audit || !toolkit || !answers) return <p className="govuk-body">Loading…</p>;
  if (!audit.invitation) {
    return (
      <>
        <EvaluationNav auditId={audit.id} current="response" />
        <h1 className="govuk-heading-l">Send your ratings back</h1>
        <p className="govuk-body">
          This self-evaluation is your own, not one you were invited to, so there is nobody to send ratings to.{' '}
          <Link className="govuk-link" to={paths.team(audit.id)}>
            Ask your team
          </Link>{' '}
          instead.
        </p>
      </>
    );
  }
  const progress = auditProgress(toolkit, answers);
  const download = async () => {
    try {
      // Anything typed a moment ago is written first, so the file holds it.
      await saveEditsNow();
      const { text, fileName } = await makeResponse(audit.id);
      saveFile(new Blob([text], { type: 'application/json' }), fileName);
      setSaved(true);
      setFailure(null);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <EvaluationNav auditId={audit.id} current="response" />
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">Send your ratings back</h1>
      <p className="govuk-body">
        You have rated {progress.answered} of {progress.total} statements as {audit.invitation.respondentName} ({audit.invitation.groupTitle}).
        {progress.answered < progress.total && ' You can send what you have now and send a new file later.'}
      </p>
      {failure && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {failure}
        </p>
      )}
      <button type="button" className="govuk-button" onClick={() => void download()}>
        Download your response
      </button>
      <div role="status">
        {saved && (
          <div className="govuk-inset-text">
            Your response file has been downloaded. Send it to the person who invited you, by email or a shared drive. If you change a rating later, download a
            new file and send that: it replaces this one.
          </div>
        )}
      </div>
    </>
  );
}
