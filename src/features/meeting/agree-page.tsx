/**
 * Agreeing the ratings, a view of meeting mode for a team self-evaluation:
 * one statement per slide, in the order to discuss them (agree-order.ts),
 * with how the team rated it and what they wrote, and the control that
 * records the level the team agrees and why. The agreed level is the audit's
 * rating from then on: it scores, plans and prints. Clicker keys move
 * between statements, 1 to N choose a level; every change goes through the
 * one save path.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { orderForAgreeing } from '../../core/agree-order';
import { describeAgreedCount, describeTeamRating } from '../../core/agreement-text';
import type { TeamView } from '../../core/team-ratings';
import { paths } from '../../lib/paths';
import { AgreeForm } from './agree-form';
import { AgreeSlide } from './agree-slide';
import { MeetingControls } from './meeting-controls';
import { MeetingFrame, type ResultsData } from './meeting-frame';
import { useMeetingExit } from './use-meeting-exit';
import { usePresenterKeys } from './use-presenter-keys';
import { useSlideSteps } from './use-slide-steps';
import './meeting.css';
import './agree.css';

export function AgreePage() {
  return (
    <MeetingFrame
      render={(data, compare) =>
        !data.team || data.team.combined.indicators.length === 0 ? (
          <NothingToAgree auditId={data.audit.id} compare={compare} />
        ) : (
          <AgreeShow data={data} team={data.team} compare={compare} />
        )
      }
    />
  );
}

/** One person's self-evaluation has nothing to agree: its ratings are that person's. */
function NothingToAgree({ auditId, compare }: { auditId: string; compare: string | undefined }) {
  usePageTitle('Agree the ratings – meeting mode');
  return (
    <main className="app-meeting__main" id="main-content">
      <h1 className="app-meeting__title">Agree the ratings</h1>
      <p>Only one person has rated this self-evaluation, so there are no ratings for a team to agree.</p>
      <ul className="app-meeting__links">
        <li>
          <Link to={paths.meeting(auditId, { compare })}>Back to meeting mode</Link>
        </li>
        <li>
          <Link to={paths.results(auditId, { compare })}>Back to the results</Link>
        </li>
      </ul>
    </main>
  );
}

function AgreeShow({ data, team, compare }: { data: ResultsData; team: TeamView; compare: string | undefined }) {
  const { audit, toolkit } = data;
  const [searchParams, setSearchParams] = useSearchParams();
  const main = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Worked out once, as the page opens: agreeing a statement must not move it, or the next press would skip one.
  const [order] = useState(() => orderForAgreeing(toolkit, team.combined.indicators));
  const index = Math.max(order.indexOf(searchParams.get('statement') ?? ''), 0);
  const indicatorId = order[index]!;

  const { leave, fullscreen } = useMeetingExit(audit.id, compare);
  const steps = useSlideSteps(index, order.length, (next) => setSearchParams((params) => (params.set('statement', order[next]!), params), { replace: true }));
  usePresenterKeys({ ...steps, leave });
  const backToSlide = () => heading.current?.focus({ preventScroll: true });
  // A new statement's form replaces the last one's: focus that was in it (or nowhere) goes to the new statement's heading.
  useLayoutEffect(() => {
    const focused = document.activeElement;
    if (!focused || focused === document.body || main.current?.contains(focused)) heading.current?.focus({ preventScroll: true });
    main.current?.scrollTo({ top: 0 });
  }, [indicatorId]);

  const domain = toolkit.domains.find((candidate) => candidate.indicators.some((indicator) => indicator.id === indicatorId))!;
  const indicator = domain.indicators.find((candidate) => candidate.id === indicatorId)!;
  const spread = team.combined.indicators.find((candidate) => candidate.indicatorId === indicatorId)!;
  const levels = toolkit.scale.levels;
  usePageTitle(`Agree the ratings: statement ${index + 1} of ${order.length} – meeting mode`);

  return (
    <>
      <main className="app-meeting__main app-agree__main" id="main-content" aria-labelledby="slide-title" ref={main} tabIndex={0}>
        <AgreeSlide toolkit={toolkit} domain={domain} indicator={indicator} spread={spread} team={team} heading={heading}>
          <AgreeForm
            key={indicatorId}
            auditId={audit.id}
            indicatorId={indicatorId}
            levels={levels}
            allowNotApplicable={toolkit.scale.allowNotApplicable}
            stored={team.agreements[indicatorId] ?? { rating: null, reason: '' }}
            stateText={describeTeamRating(levels, spread)}
            progress={describeAgreedCount(team.combined.indicators)}
            onDone={backToSlide}
          />
        </AgreeSlide>
      </main>
      <MeetingControls
        slide={index}
        slideCount={order.length}
        slideName={`a statement from ${domain.shortTitle}`}
        fullscreen={fullscreen}
        onPrevious={steps.previous}
        onNext={steps.next}
        onLeave={leave}
        hint={`Page Up/Down move, 1–${levels.length} choose, Esc leaves.`}
      >
        <Link className="app-meeting__button" to={paths.meeting(audit.id, { compare })}>
          Back to the slides
        </Link>
      </MeetingControls>
    </>
  );
}
