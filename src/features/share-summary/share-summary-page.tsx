/**
 * "Share a summary with the local authority": the school decides what goes
 * in (its URN, which "what is working well" passages the showcase may print,
 * and how it is named there), sees exactly what the file will hold, and saves
 * it to send on itself. Reflect sends nothing. The page shows the very object
 * the file is written from, and the file's own text, so the file cannot hold
 * anything the page did not show.
 */
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AuditNotFound } from '../../components/audit-not-found';
import { ErrorSummary } from '../../components/error-summary';
import { SummaryView } from '../../components/summary-view';
import { usePageTitle } from '../../components/use-page-title';
import { APP_VERSION } from '../../core/app-version';
import { URN_PATTERN, buildSchoolSummary, offeredPassages, serializeSummary, summaryFileName, type ShareChoices } from '../../core/school-summary';
import { useResultsData } from '../../hooks/results-hooks';
import { paths } from '../../lib/paths';
import { saveFile } from '../../lib/save-file';
import { NO_COMPARISON, type ResultsData } from '../../operations/results';
import { ShareChoicesFields } from './share-choices';
import './share-summary.css';

const TITLE = 'Share a summary with the local authority';
const URN_ERROR = 'Enter a URN of six digits, like 123456, or leave it empty';

export function ShareSummaryPage() {
  usePageTitle(TITLE);
  const { auditId = '' } = useParams();
  const data = useResultsData(auditId, NO_COMPARISON);
  if (data === null) return <AuditNotFound />;
  if (!data) return <p className="govuk-body">Loading…</p>;
  if (data.audit.invitation) return <ColleagueCopy auditId={auditId} />;
  return <ShareSummary data={data} />;
}

/** A colleague's copy holds one person's answers, which never go to the local authority. */
function ColleagueCopy({ auditId }: { auditId: string }) {
  return (
    <>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <p className="govuk-body">
        This is your copy of a colleague’s self-evaluation: its ratings are your own answers, which are never shared with the local authority. The
        person who invited you can share the team’s summary from their self-evaluation.
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.response(auditId)}>
          Send your ratings back to them
        </Link>
      </p>
    </>
  );
}

function ShareSummary({ data }: { data: ResultsData }) {
  const { audit, toolkit, reflections } = data;
  // The moment the file is made, fixed while the page is open, so that what is shown is what is saved.
  const [madeAt] = useState(() => new Date());
  const [choices, setChoices] = useState<ShareChoices>({ urn: '', showcaseSectionIds: [], credit: 'named' });
  const [showErrors, setShowErrors] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const urn = choices.urn.trim();
  const isUrnValid = urn === '' || URN_PATTERN.test(urn);
  const offered = offeredPassages(toolkit, reflections).map((passage) => ({
    ...passage,
    sectionTitle: toolkit.domains.find((domain) => domain.id === passage.sectionId)?.title ?? '',
  }));
  const summary = buildSchoolSummary({
    audit,
    toolkit,
    ratings: { answers: data.answers, team: data.team },
    reflections,
    // A URN still being typed is left out until it is one; a passage emptied in another tab is no longer offered.
    choices: { ...choices, urn: isUrnValid ? urn : '', showcaseSectionIds: choices.showcaseSectionIds.filter((id) => offered.some((passage) => passage.sectionId === id)) },
    appVersion: APP_VERSION,
    now: madeAt,
  });
  const fileText = serializeSummary(summary);
  const urnError = showErrors && !isUrnValid ? URN_ERROR : null;

  const save = () => {
    if (!isUrnValid) {
      setShowErrors(true);
      setSaved(null);
      return;
    }
    const fileName = summaryFileName(summary);
    saveFile(new Blob([fileText], { type: 'application/json' }), fileName);
    setSaved(fileName);
  };

  return (
    <>
      <span className="govuk-caption-l">
        {audit.school}: {audit.title}
      </span>
      <h1 className="govuk-heading-l">{TITLE}</h1>
      <ErrorSummary errors={urnError ? [{ href: 'urn', message: urnError }] : []} />
      <div className="app-readable-width">
        <p className="govuk-body">
          Your local authority can roll up what schools share to see what is working across the borough and where to aim its support. This page
          makes a file for you to send it. Reflect sends nothing itself.
        </p>
        <p className="govuk-body">The file holds your school’s name, the toolkit, the date, each section’s score and each statement’s rating
          {data.team ? ' (the level your team agreed, where it agreed one)' : ''}, the legal requirements, and only the passages you tick below. It
          never holds anyone’s name, evidence notes, reasons, what would make it even better, the plan, or any one person’s answers.</p>
        <ShareChoicesFields school={audit.school} choices={choices} offered={offered} urnError={urnError} onChange={setChoices} />
      </div>

      <h2 className="govuk-heading-l">What the file will hold</h2>
      <SummaryView summary={summary} fileText={fileText} headingLevel={2} />

      {saved && (
        <div className="govuk-panel govuk-panel--confirmation app-share__saved" role="status">
          <h2 className="govuk-panel__title govuk-!-font-size-27">Summary saved</h2>
          <div className="govuk-panel__body govuk-!-font-size-19">
            Saved as {saved}. Send it to your local authority in the way it asks (for example its secure file transfer).
          </div>
        </div>
      )}
      <div className="app-button-row">
        <button type="button" className="govuk-button" onClick={save}>
          Save the summary file
        </button>
        <Link className="govuk-link govuk-body" to={paths.results(audit.id)}>
          Back to the results
        </Link>
      </div>
    </>
  );
}
