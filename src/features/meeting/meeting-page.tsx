/**
 * Meeting mode: the results on a projector. Full screen where the browser
 * allows it (otherwise the page fills the window), large type, high contrast,
 * the overall radar and then each domain, driven by the keys a presentation
 * clicker sends. Every slide fits the screen: a domain with more ratings
 * than fit continues on the next slide, so every key moves exactly one
 * slide and nothing is ever scrolled. Nothing here can be edited.
 */
import { useLayoutEffect, useRef } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorBoundary } from '../../components/error-boundary';
import { usePageTitle } from '../../components/use-page-title';
import { buildChartModel } from '../../core/chart-model';
import { formatDate } from '../../core/format-date';
import { summariseLegalRequirements } from '../../core/legal-requirements';
import { slideTitle } from '../../core/meeting-slides';
import { useResultsData } from '../../hooks/results-hooks';
import { paths } from '../../lib/paths';
import { DomainSlide } from './domain-slide';
import { MeasureLayer } from './measure-layer';
import { MeetingControls } from './meeting-controls';
import { OverviewSlide } from './overview-slide';
import { useFullscreen } from './use-fullscreen';
import { usePresenterKeys } from './use-presenter-keys';
import { useSlidePlan } from './use-slide-plan';
import './meeting.css';

type ResultsData = NonNullable<ReturnType<typeof useResultsData>>;

export function MeetingPage() {
  return (
    <div className="app-meeting">
      <ErrorBoundary>
        <MeetingSlides />
      </ErrorBoundary>
    </div>
  );
}

function MeetingSlides() {
  const { auditId = '' } = useParams();
  const [searchParams] = useSearchParams();
  const compare = searchParams.get('compare') ?? undefined;
  const data = useResultsData(auditId, compare);

  if (data === null) {
    return (
      <main className="app-meeting__main" id="main-content">
        <h1 className="app-meeting__title">Self-evaluation not found</h1>
        <p>
          <Link to={paths.home()}>Go to your self-evaluations</Link>
        </p>
      </main>
    );
  }
  if (!data) return <p className="app-meeting__main">Loading…</p>;
  return <MeetingShow data={data} compare={compare} />;
}

function MeetingShow({ data, compare }: { data: ResultsData; compare: string | undefined }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const navigate = useNavigate();
  const hasLeft = useRef(false);
  const main = useRef<HTMLElement>(null);
  const { audit, toolkit, answers, comparison, reflections } = data;
  const model = buildChartModel(toolkit, answers, { priorityDomainIds: audit.priorityDomainIds, earlier: comparison });
  const plan = useSlidePlan(
    model.domains,
    reflections.map((reflection) => [reflection.domainId, reflection.workingWell, reflection.evenBetterIf]),
    main,
  );
  const slideCount = plan.slides.length;
  const slide = Math.min(Math.max(Math.trunc(Number(searchParams.get('slide'))) || 0, 0), slideCount - 1);

  const leave = () => {
    if (hasLeft.current) return;
    hasLeft.current = true;
    // Leaving full screen here fires the browser's change event; hasLeft stops a second leave.
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    void navigate(paths.results(audit.id, { compare }));
  };
  const fullscreen = useFullscreen(leave);
  // Two presses can arrive before the page redraws: each steps from the slide last asked for, not the one drawn.
  const asked = useRef(slide);
  useLayoutEffect(() => {
    asked.current = slide;
  }, [slide]);
  const show = (index: number) => {
    const next = Math.min(Math.max(index, 0), slideCount - 1);
    asked.current = next;
    setSearchParams((params) => (params.set('slide', String(next)), params), { replace: true });
  };
  usePresenterKeys({
    next: () => show(asked.current + 1),
    previous: () => show(asked.current - 1),
    first: () => show(0),
    last: () => show(slideCount - 1),
    leave,
  });
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
          />
        ) : (
          <OverviewSlide model={model} names={names} school={audit.school} title={audit.title} legal={summariseLegalRequirements(toolkit, answers)} />
        )}
      </main>
      {plan.isMeasuring && <MeasureLayer domains={model.domains} reflections={reflections} isComparing={model.isComparing} layer={plan.layer} />}
      <MeetingControls
        slide={slide}
        slideCount={slideCount}
        slideName={slideName}
        fullscreen={fullscreen}
        onPrevious={() => show(asked.current - 1)}
        onNext={() => show(asked.current + 1)}
        onLeave={leave}
      />
    </>
  );
}
