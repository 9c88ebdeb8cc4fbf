import { useEffect, useRef, useState, type Ref } from 'react';
import { Link } from 'react-router';
import { BackupReminder } from '../../components/backup-reminder';
import { usePageTitle } from '../../components/use-page-title';
import { useAuditSummaries } from '../../hooks/audit-hooks';
import { paths, settingsAnchors } from '../../lib/paths';
import { AuditCard } from './audit-card';
import { DeletedBanner } from './deleted-banner';
import { keepHomeList, listFromLastVisit, tookOverListFromLastVisit } from './home-snapshot';

export function HomePage() {
  usePageTitle('Your self-evaluations');
  // Drawn first from the list the page already shows from the last visit, if it does (home-snapshot.ts).
  const [fromLastVisit] = useState(listFromLastVisit);
  const summaries = useAuditSummaries(fromLastVisit);
  const list = useRef<HTMLElement>(null);
  useEffect(tookOverListFromLastVisit, []);
  useEffect(() => {
    if (summaries && summaries !== fromLastVisit && list.current) keepHomeList(summaries, list.current);
  }, [summaries, fromLastVisit]);
  const titles = new Map(summaries?.map(({ audit }) => [audit.id, audit.title]));

  return (
    <>
      <DeletedBanner />
      <h1 className="govuk-heading-xl">Your self-evaluations</h1>
      <p className="govuk-body-l">
        Reflect helps your team look at what is working well in your school, what could be even better, and agree a development plan.
      </p>
      <div className="app-button-row">
        <Link to={paths.newAudit()} className="govuk-button" role="button" draggable={false}>
          Start a new self-evaluation
        </Link>
        <Link to={paths.openInvitation()} className="govuk-button govuk-button--secondary" role="button" draggable={false}>
          Open an invitation from a colleague
        </Link>
      </div>
      <p className="govuk-body">
        <Link className="govuk-link" to={paths.toolkits()}>
          Toolkits
        </Link>
        : read one before you start, print a blank copy, or install your council’s or trust’s own.
      </p>
      <BackupReminder />
      {summaries === undefined ? (
        <p className="govuk-body" data-home-list="">
          Loading your self-evaluations…
        </p>
      ) : summaries.length === 0 ? (
        <EmptyState ref={list} />
      ) : (
        <section aria-labelledby="audits-heading" ref={list} data-home-list="">
          <h2 className="govuk-heading-m" id="audits-heading">
            Self-evaluations on this device
          </h2>
          {summaries.map((summary) => (
            <AuditCard
              key={summary.audit.id}
              summary={summary}
              basedOnTitle={summary.audit.basedOnAuditId ? titles.get(summary.audit.basedOnAuditId) : undefined}
            />
          ))}
        </section>
      )}
    </>
  );
}

/** What a first-time user needs: what happens, in three steps, that nothing leaves the device, and how to bring work from another computer. */
function EmptyState({ ref }: { ref: Ref<HTMLElement> }) {
  return (
    <section aria-labelledby="empty-heading" ref={ref} data-home-list="">
      <h2 className="govuk-heading-m" id="empty-heading">
        You have not started a self-evaluation yet
      </h2>
      <ol className="govuk-list govuk-list--number">
        <li>
          Choose <strong>Start a new self-evaluation</strong> and pick a toolkit, such as attendance.
        </li>
        <li>Rate your school against each statement and note how you know. Say what is working well and what would make it even better.</li>
        <li>See your results as a chart and turn them into a development plan.</li>
      </ol>
      <p className="govuk-body">
        You can stop at any time: everything is saved in this browser as you go, and nothing is sent anywhere.
      </p>
      {/* A fresh device is often a new computer: the way to bring earlier work across. */}
      <h3 className="govuk-heading-s">Used Reflect on another computer?</h3>
      <p className="govuk-body">
        Bring your self-evaluations here from a backup file:{' '}
        <Link className="govuk-link" to={paths.settings({ hash: settingsAnchors.restore })}>
          Restore from a backup
        </Link>
        .
      </p>
    </section>
  );
}
