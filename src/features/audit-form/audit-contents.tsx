import { Link } from 'react-router';
import type { AuditProgress } from '../../core/progress';
import type { Toolkit } from '../../core/toolkit-schema';
import { afterSections, sectionPath, type Rater } from './rater';

interface AuditContentsProps {
  auditId: string;
  toolkit: Toolkit;
  progress: AuditProgress;
  /** Whose pages these are: the lead's, or those of someone rating in turn (whose moves replace the page in the history, see DomainForm). */
  rater: Rater;
  /** The domain on screen, or undefined on the check-your-answers page. */
  currentDomainId?: string;
}

/** A contents list to jump to any domain, with how much of each is answered. */
export function AuditContents({ auditId, toolkit, progress, rater, currentDomainId }: AuditContentsProps) {
  const end = afterSections(rater, auditId);
  const replace = rater.kind === 'respondent';
  return (
    <nav className="app-contents" aria-labelledby="contents-heading">
      <h2 className="govuk-heading-s" id="contents-heading">
        Contents
      </h2>
      <ol className="govuk-list app-contents__list">
        {toolkit.domains.map((domain) => {
          const domainProgress = progress.domains[domain.id];
          const isCurrent = domain.id === currentDomainId;
          return (
            <li key={domain.id} className={isCurrent ? 'app-contents__item app-contents__item--current' : 'app-contents__item'}>
              <Link className="govuk-link govuk-link--no-visited-state" to={sectionPath(rater, auditId, domain.id)} replace={replace} aria-current={isCurrent ? 'page' : undefined}>
                {domain.title}
              </Link>
              <span className="govuk-body-s app-contents__progress">
                {domainProgress?.answered ?? 0} of {domainProgress?.total ?? 0} answered
              </span>
            </li>
          );
        })}
        <li className={currentDomainId ? 'app-contents__item' : 'app-contents__item app-contents__item--current'}>
          <Link className="govuk-link govuk-link--no-visited-state" to={end.to} replace={replace} aria-current={currentDomainId ? undefined : 'page'}>
            {end.label}
          </Link>
          <span className="govuk-body-s app-contents__progress">
            {progress.answered} of {progress.total} answered in all
          </span>
        </li>
      </ol>
    </nav>
  );
}
