import { useEffect } from 'react';
import { Link } from 'react-router';
import { useAudit } from '../hooks/audit-hooks';
import { paths, type RouteName } from '../lib/paths';
import { preloadRoutes } from '../lib/route-preload';
import './evaluation-nav.css';

/** The parts of one self-evaluation a reader moves between; meeting mode fills the screen, so it has no bar of its own. */
export type EvaluationPart = 'rate' | 'team' | 'check' | 'results' | 'plan' | 'response';

type Part = { part: EvaluationPart | 'meeting'; label: string; route: RouteName; to: (auditId: string) => string };

const PARTS: Part[] = [
  // Opening the rating pages goes on to where the reader left off.
  { part: 'rate', route: 'audit', label: 'Rate', to: paths.audit },
  { part: 'team', route: 'team', label: 'Team', to: paths.team },
  { part: 'check', route: 'checkAnswers', label: 'Check answers', to: paths.checkAnswers },
  { part: 'results', route: 'results', label: 'Results', to: (auditId) => paths.results(auditId) },
  { part: 'plan', route: 'plan', label: 'Plan', to: paths.plan },
  { part: 'meeting', route: 'meeting', label: 'Meeting mode', to: (auditId) => paths.meeting(auditId) },
];

/** A colleague's copy, opened from an invitation: they rate and send their ratings back; the plan is the lead's. */
const COLLEAGUE_PARTS: Part[] = [
  { part: 'rate', route: 'audit', label: 'Rate', to: paths.audit },
  { part: 'check', route: 'checkAnswers', label: 'Check answers', to: paths.checkAnswers },
  { part: 'response', route: 'response', label: 'Send your ratings back', to: paths.response },
];

/**
 * One navigation for a self-evaluation, the same on every part of it, so
 * every part is one click from every other; where the reader is, is marked
 * (aria-current="page", and in bold with a bar beneath). A quick review
 * says so here, on every part, so that nobody reads its results as a full one.
 */
export function EvaluationNav({ auditId, current }: { auditId: string; current: EvaluationPart }) {
  const audit = useAudit(auditId);
  const isQuick = audit?.scope === 'quick';
  const parts = audit?.invitation ? COLLEAGUE_PARTS : PARTS;
  // Every part is one click away, so its code is fetched while the reader reads this one.
  useEffect(() => preloadRoutes(parts.filter(({ part }) => part !== current).map(({ route }) => route)), [parts, current]);
  return (
    <nav className="app-evaluation-nav app-no-print" aria-label="This self-evaluation">
      <ul className="app-evaluation-nav__list">
        {parts.map(({ part, label, to }) => (
          <li key={part} className={part === current ? 'app-evaluation-nav__item app-evaluation-nav__item--current' : 'app-evaluation-nav__item'}>
            <Link className="govuk-link govuk-link--no-visited-state app-evaluation-nav__link" to={to(auditId)} aria-current={part === current ? 'page' : undefined}>
              {label}
            </Link>
          </li>
        ))}
      </ul>
      {isQuick && (
        <p className="app-evaluation-nav__scope">
          <strong className="govuk-tag govuk-tag--yellow">Quick review</strong> Core statements only
        </p>
      )}
    </nav>
  );
}
