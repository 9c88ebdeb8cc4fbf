/**
 * Meeting mode: the results on a projector. Full screen where the browser
 * allows it (otherwise the page fills the window), large type, high contrast,
 * the overall radar and then each domain, driven by the keys a presentation
 * clicker sends. Every slide fits the screen: a domain with more ratings
 * than fit continues on the next slide, so every key moves exactly one
 * slide and nothing is ever scrolled. Nothing here can be edited.
 */
import { useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import { describeAgreedBasis, describeAgreedCount } from '../../core/agreement-text';
import { buildChartModel } from '../../core/chart-model';
import { formatDate } from '../../core/format-date';
import { summariseLegalRequirements } from '../../core/legal-requirements';
import { slideTitle } from '../../core/meeting-slides';
import { paths } from '../../lib/paths';
import { DomainSlide } from './domain-slide';
import { MeasureLayer } from './measure-layer';
import { MeetingControls } from './meeting-controls';
import { MeetingFrame, type ResultsData } from './meeting-frame';
import { OverviewSlide } from './overview-slide';
import { useMeetingExit } from './use-meeting-exit';
import { usePresenterKeys } from './use-presenter-keys';
import { useSlidePlan } from './use-slide-plan';
import { useSlideSteps } from './use-slide-steps';
import './meeting.css';

export function MeetingPage() {
  return <MeetingFrame render={(data, compare) => <MeetingShow data={data} compare={compare} />} />;
}

function MeetingShow({ data, compare }: { data: ResultsData; compare: string | undefined }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const main = useRef<HTMLElement>(null);
  const { audit, toolkit, answers, comparison, reflections, team } = data;
  const model = buildChartModel(toolkit, answers, { priorityDomainIds: audit.priorityDomainIds, earlier: comparison });
  const medianIds = new Set(team?.combined.indicators.filter((spread) => spread.source === 'median').map((spread) => spread.indicatorId));
  const teamOf = (domainId: string) => {
    if (!team) return undefined;
    const ids = new Set(toolkit.domains.find((domain) => domain.id === domainId)?.indicators.map((indicator) => indicator.id));
    return { medianIds, agreedText: describeAgreedCount(team.combined.indicators.filter((spread) => ids.has(spread.indicatorId))) };
  };
  const plan = useSlidePlan(
    model.domains,
    [reflections.map((reflection) => [reflection.domainId, reflection.workingWell, reflection.evenBetterIf]), [...medianIds]],
    main,
  );
  const slideCount = plan.slides.length;
  const slide = Math.min(Math.max(Math.trunc(Number(searchParams.get('slide'))) || 0, 0), slideCount - 1);

  const { leave, fullscreen } = useMeetingExit(audit.id, compare);
  const steps = useSlideSteps(slide, slideCount, (next) => setSearchParams((params) => (params.set('slide', String(next)), params), { replace: true }));
  usePresenterKeys({ ...steps, leave });
  // Only a slide that cannot fit (or a small window, where the whole view scrolls) has anything to scroll: each starts at its top.
  useLayoutEffect(() => {
    main.current?.scrollTo({ top: 0 });
    main.current?.parentElement?.scrollTo({ top: 0 });
  }, [slide]);

  const current = plan.slides[slide]!;
  const result = current.kind === 'domain' ? model.domains[current.domainIndex] : undefined;
  const slideName = result && current.kind === 'domain' ? slideTitle(result.title, current.part, current.partCount) : 'All sections';
  usePageTitle(result ? `${slideName} – meeting mode` : 'Meeting mode');
  const names = {
    current: `${audit.title}, ${formatDate(audit.date)}`,
    earlier: comparison ? `${comparison.audit.title}, ${formatDate(comparison.audit.date)}` : null,
  };
  const isTooTall = current.kind === 'domain' && current.rows.isTooTall;

  return (
    <>
      {/* Focusable so that a slide that cannot fit, or a small window, can be scrolled from the keyboard (up and down arrows). */}
      <main className={`app-meeting__main${isTooTall ? ' app-meeting__main--scrolls' : ''}`} id="main-content" aria-labelledby="slide-title" ref={main} tabIndex={0}>
        {result && current.kind === 'domain' ? (
          <DomainSlide
            domain={result}
            position={current.domainIndex + 1}
            count={model.domains.length}
            part={current.part}
            partCount={current.partCount}
            rows={current.rows}
            isComparing={model.isComparing}
            reflection={reflections.find((reflection) => reflection.domainId === result.domainId)}
            team={teamOf(result.domainId)}
          />
        ) : (
          <OverviewSlide
            model={model}
            names={names}
            school={audit.school}
            title={audit.title}
            legal={summariseLegalRequirements(toolkit, answers)}
            agreement={team ? { basis: describeAgreedBasis(team.combined.indicators), agreeLink: paths.meetingAgree(audit.id, { compare }) } : null}
            planReviewLink={paths.meetingReview(audit.id)}
          />
        )}
      </main>
      {plan.isMeasuring && <MeasureLayer domains={model.domains} reflections={reflections} isComparing={model.isComparing} team={teamOf} layer={plan.layer} />}
      <MeetingControls
        slide={slide}
        slideCount={slideCount}
        slideName={slideName}
        fullscreen={fullscreen}
        onPrevious={steps.previous}
        onNext={steps.next}
        onLeave={leave}
      />
    </>
  );
}
