import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { usePageTitle } from '../../components/use-page-title';
import { auditProgress } from '../../core/progress';
import { scopeToolkit } from '../../core/review-scope';
import type { Invitation } from '../../core/team-files';
import { paths } from '../../lib/paths';
import { openInvitation, readInvitationFile } from '../../operations/team';

const FILE_INPUT = 'invitation-file';
const WHO_INPUT = 'invitation-who';

interface Problem {
  message: string;
  details: string[];
  /** The audit the refusal is about, when this device already holds it. */
  auditId: string | null;
  /** The field to correct, when a choice is missing. */
  field?: string;
}

/** On a colleague's laptop: read the lead's invitation file, say what it asks, and open their own copy to rate. */
export function OpenInvitationPage() {
  usePageTitle('Open an invitation');
  const navigate = useNavigate();
  const fileInput = useRef<HTMLInputElement>(null);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [who, setWho] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  const read = async (event: FormEvent) => {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) return setProblem({ message: 'Choose the invitation file you were sent', details: [], auditId: null, field: FILE_INPUT });
    setBusy(true);
    try {
      const result = await readInvitationFile(file);
      if (!result.ok) {
        setProblem({ message: result.error.message, details: result.error.problems.slice(0, 10).map((item) => `${item.path}: ${item.message}`), auditId: null });
        return;
      }
      setProblem(null);
      setInvitation(result.value);
      setWho(result.value.respondents.length === 1 ? result.value.respondents[0]!.id : null);
    } finally {
      setBusy(false);
    }
  };

  const open = async (event: FormEvent) => {
    event.preventDefault();
    if (!invitation) return;
    if (!who) return setProblem({ message: 'Choose who you are', details: [], auditId: null, field: `${WHO_INPUT}-0` });
    setBusy(true);
    try {
      const opened = await openInvitation(invitation, who);
      if (opened.ok) return navigate(paths.audit(opened.audit.id));
      setProblem({ message: opened.message, details: [], auditId: opened.auditId });
    } catch (failure) {
      setProblem({ message: failure instanceof Error ? failure.message : String(failure), details: [], auditId: null });
    } finally {
      setBusy(false);
    }
  };

  const description = problem && (
    <>
      <p className="govuk-body">{problem.message}</p>
      {problem.details.length > 0 && (
        <ul className="govuk-list govuk-list--bullet">
          {problem.details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {problem.auditId && (
        <p className="govuk-body">
          <Link className="govuk-link" to={paths.audit(problem.auditId)}>
            Go to the self-evaluation on this device
          </Link>
        </p>
      )}
    </>
  );

  const summary = <ErrorSummary errors={problem?.field ? [{ href: problem.field, message: problem.message }] : []} description={problem?.field ? undefined : description} />;

  if (invitation) {
    const { audit } = invitation;
    const statements = auditProgress(scopeToolkit(invitation.toolkit, audit.scope), {}).total;
    const groupOf = (groupId: string) => invitation.groups.find((group) => group.id === groupId)?.title ?? groupId;
    return (
      <>
        {summary}
        <span className="govuk-caption-l">Invitation to rate</span>
        <h1 className="govuk-heading-l">
          {audit.school}: {audit.title}
        </h1>
        <dl className="govuk-summary-list">
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Toolkit</dt>
            <dd className="govuk-summary-list__value">{invitation.toolkit.title}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Statements to rate</dt>
            <dd className="govuk-summary-list__value">{statements}</dd>
          </div>
          <div className="govuk-summary-list__row">
            <dt className="govuk-summary-list__key">Your ratings are shown</dt>
            <dd className="govuk-summary-list__value">
              {audit.mode === 'open' ? 'By name: the team will see who gave which rating' : 'Anonymously: the team sees how many chose each level, not who'}
            </dd>
          </div>
        </dl>
        <form onSubmit={(event) => void open(event)} noValidate>
          {invitation.respondents.length === 1 ? (
            <p className="govuk-body">
              You are invited as <strong>{invitation.respondents[0]!.name}</strong> ({groupOf(invitation.respondents[0]!.groupId)}).
            </p>
          ) : (
            <div className={`govuk-form-group${problem?.field ? ' govuk-form-group--error' : ''}`}>
              <fieldset className="govuk-fieldset">
                <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Who are you?</legend>
                <div className="govuk-radios">
                  {invitation.respondents.map((person, index) => (
                    <div className="govuk-radios__item" key={person.id}>
                      <input
                        className="govuk-radios__input"
                        id={`${WHO_INPUT}-${index}`}
                        name={WHO_INPUT}
                        type="radio"
                        checked={who === person.id}
                        onChange={() => setWho(person.id)}
                      />
                      <label className="govuk-label govuk-radios__label" htmlFor={`${WHO_INPUT}-${index}`}>
                        {person.name} ({groupOf(person.groupId)})
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            </div>
          )}
          <p className="govuk-body">Your ratings stay on this laptop until you choose to send them back.</p>
          <div className="app-button-row">
            <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
              Start rating
            </button>
            <button type="button" className="govuk-button govuk-button--secondary" onClick={() => (setInvitation(null), setProblem(null))}>
              Choose another file
            </button>
          </div>
        </form>
      </>
    );
  }

  return (
    <>
      {summary}
      <h1 className="govuk-heading-l">Open an invitation</h1>
      <p className="govuk-body-l">If a colleague has asked you to rate your school with them, they will have sent you an invitation file. Open it here to rate on this laptop.</p>
      <form onSubmit={(event) => void read(event)} noValidate>
        <div className={`govuk-form-group${problem?.field === FILE_INPUT ? ' govuk-form-group--error' : ''}`}>
          <label className="govuk-label govuk-label--s" htmlFor={FILE_INPUT}>
            Invitation file
          </label>
          <div id={`${FILE_INPUT}-hint`} className="govuk-hint">
            A file ending in .json, usually with “invitation” in its name.
          </div>
          {problem?.field === FILE_INPUT && (
            <p className="govuk-error-message">
              <span className="govuk-visually-hidden">Error:</span> {problem.message}
            </p>
          )}
          <input ref={fileInput} className="govuk-file-upload" id={FILE_INPUT} type="file" accept=".json,application/json" aria-describedby={`${FILE_INPUT}-hint`} />
        </div>
        <button type="submit" className="govuk-button" disabled={busy} aria-disabled={busy}>
          {busy ? 'Reading the file…' : 'Open invitation'}
        </button>
      </form>
    </>
  );
}
